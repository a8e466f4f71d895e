// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardwindow.h"

#include "connection.h"
#include "csvexport.h"
#include "dashboarddata.h"
#include "directorycache.h"
#include "reportdocument.h"
#include "reporttables.h"

#include <QCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPieSeries>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace helpdesk::client {

namespace {

const QStringList kFigures { QStringLiteral("created"), QStringLiteral("resolved"),
    QStringLiteral("backlog"), QStringLiteral("firstResponse"), QStringLiteral("resolution"),
    QStringLiteral("sla"), QStringLiteral("reopened"), QStringLiteral("csat") };

QChartView* chartView(QWidget* parent)
{
    auto* view = new QChartView(new QChart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

// The chart's bars per day, bar i at x = i: a category axis writes the date ("6.11.") under
// every few days, at most `maxLabels` of them, so the labels never shrink to "…". The y axis
// counts in whole steps of 1, 2, 5, 10, 20, 50 … (at most five of them).
void setDailyAxes(QChart* chart, QAbstractSeries* series, const QVector<QDate>& days, double max,
    qsizetype maxLabels)
{
    const qsizetype every = std::max<qsizetype>(1, (days.size() + maxLabels - 1) / maxLabels);
    auto* x = new QCategoryAxis(chart);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, double(days.size()) - 0.5);
    for (qsizetype i = 0; i < days.size(); i += every)
        x->append(QLocale().toString(days[i], QStringLiteral("d.M.")), double(i));
    x->setGridLineVisible(false);
    double step = 1;
    for (int i = 0; std::ceil(max / step) > 5; ++i)
        step *= i % 3 == 1 ? 2.5 : 2.0; // 1, 2, 5, 10, 20, 50, 100 …
    const double top = std::max(1.0, std::ceil(max / step)) * step;
    auto* y = new QValueAxis(chart);
    y->setRange(0, top);
    y->setTickCount(int(top / step) + 1);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace

DashboardWindow::DashboardWindow(Connection* connection, DirectoryCache* directory, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_connection(connection)
    , m_directory(directory)
    , m_data(new DashboardData(connection, this))
{
    setObjectName(QStringLiteral("dashboardWindow"));
    m_since = new QDateEdit(this);
    m_until = new QDateEdit(this);
    for (QDateEdit* edit : { m_since, m_until })
        edit->setCalendarPopup(true);
    m_since->setDate(m_data->filter().since.date());
    m_until->setDate(m_data->filter().until.date().addDays(-1));
    m_queue = new QComboBox(this);
    m_customer = new QComboBox(this);
    m_agent = new QComboBox(this);
    m_refresh = new QPushButton(this);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_since);
    filters->addWidget(m_until);
    filters->addWidget(m_queue, 1);
    filters->addWidget(m_customer, 1);
    filters->addWidget(m_agent, 1);
    filters->addWidget(m_refresh);

    m_figures = new QGridLayout;
    for (int i = 0; i < kFigures.size(); ++i) {
        auto* label = new QLabel(this);
        auto* value = new QLabel(this);
        value->setObjectName(kFigures.at(i) + QStringLiteral("Figure"));
        value->setTextFormat(Qt::PlainText);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        value->setFont(big);
        m_figures->addWidget(value, 0, i);
        m_figures->addWidget(label, 1, i);
        m_figureLabels.insert(kFigures.at(i), label);
        m_figureValues.insert(kFigures.at(i), value);
    }

    m_daily = chartView(this);
    m_backlog = chartView(this);
    m_ratings = chartView(this);
    auto* charts = new QWidget(this);
    auto* chartGrid = new QGridLayout(charts);
    chartGrid->addWidget(m_daily, 0, 0, 1, 2);
    chartGrid->addWidget(m_backlog, 1, 0);
    chartGrid->addWidget(m_ratings, 1, 1);

    auto* reports = new QWidget(this);
    m_reportTabs = new QTabWidget(reports);
    m_csv = new QPushButton(reports);
    m_pdf = new QPushButton(reports);
    m_print = new QPushButton(reports);
    auto* exportRow = new QHBoxLayout;
    exportRow->addStretch(1);
    exportRow->addWidget(m_csv);
    exportRow->addWidget(m_pdf);
    exportRow->addWidget(m_print);
    auto* reportLayout = new QVBoxLayout(reports);
    reportLayout->addWidget(m_reportTabs, 1);
    reportLayout->addLayout(exportRow);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(charts, QString());
    m_tabs->addTab(reports, QString());
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(m_figures);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    connect(m_refresh, &QPushButton::clicked, this, &DashboardWindow::applyFilters);
    connect(m_csv, &QPushButton::clicked, this, &DashboardWindow::chooseCsv);
    connect(m_pdf, &QPushButton::clicked, this, &DashboardWindow::choosePdf);
    connect(m_print, &QPushButton::clicked, this, &DashboardWindow::print);
    connect(m_data, &DashboardData::changed, this, &DashboardWindow::redraw);
    connect(m_data, &DashboardData::failed, m_status, &QLabel::setText);
    if (m_directory)
        connect(m_directory, &DirectoryCache::changed, this, &DashboardWindow::fillFilters);
    retranslate();
    fillFilters();
    resize(1100, 760);
    applyFilters();
}

void DashboardWindow::fillFilters()
{
    const auto keep = [](QComboBox* box) { return box->currentData(); };
    const QVariant queue = keep(m_queue), customer = keep(m_customer), agent = keep(m_agent);
    for (QComboBox* box : { m_queue, m_customer, m_agent }) {
        box->blockSignals(true);
        box->clear();
    }
    m_queue->addItem(tr("All queues"));
    m_customer->addItem(tr("All organisations"));
    const auto me = m_connection ? m_connection->currentUser() : std::nullopt;
    const bool ownOnly = me && me->role == Role::Agent;
    if (ownOnly)
        m_agent->addItem(me->name, double(me->id.value()));
    else
        m_agent->addItem(tr("All agents"));
    if (m_directory) {
        for (const Queue& q : m_directory->queues())
            m_queue->addItem(q.name, double(q.id.value()));
        for (const Customer& c : m_directory->customers())
            m_customer->addItem(c.name, double(c.id.value()));
        if (!ownOnly)
            for (const User& u : m_directory->staff())
                m_agent->addItem(u.name, double(u.id.value()));
    }
    m_agent->setEnabled(!ownOnly);
    for (const auto& [box, value] : { std::pair { m_queue, queue }, std::pair { m_customer, customer }, std::pair { m_agent, agent } }) {
        const int index = box->findData(value);
        box->setCurrentIndex(index < 0 ? 0 : index);
        box->blockSignals(false);
    }
}

void DashboardWindow::applyFilters()
{
    DashboardData::Filter filter;
    filter.since = QDateTime(m_since->date(), QTime(0, 0), Qt::UTC);
    filter.until = QDateTime(m_until->date().addDays(1), QTime(0, 0), Qt::UTC);
    auto id = [](QComboBox* box) { return qint64(box->currentData().toDouble()); };
    if (id(m_queue))
        filter.queue = QueueId(id(m_queue));
    if (id(m_customer))
        filter.customer = CustomerId(id(m_customer));
    if (id(m_agent))
        filter.agent = UserId(id(m_agent));
    m_status->clear();
    m_data->setFilter(filter);
}

QString DashboardWindow::figureText(const QString& key) const
{
    const QLabel* label = m_figureValues.value(key);
    return label ? label->text() : QString();
}

void DashboardWindow::redraw()
{
    const QJsonObject& s = m_data->summary();
    const QLocale locale;
    auto value = [&](const char* a, const char* b) { return s.value(QLatin1String(a)).toObject().value(QLatin1String(b)); };
    auto percent = [&](const QJsonValue& v) { return v.isNull() ? QStringLiteral("–") : locale.toString(v.toDouble(), 'f', 1) + QLatin1Char('%'); };
    auto hoursText = [&](const QJsonValue& ms) {
        const QVariant h = ReportTables::hours(ms);
        return h.typeId() == QMetaType::Double ? tr("%1 h").arg(locale.toString(h.toDouble(), 'f', 1)) : QStringLiteral("–");
    };
    m_figureValues.value(QStringLiteral("created"))->setText(locale.toString(m_data->created()));
    m_figureValues.value(QStringLiteral("resolved"))->setText(locale.toString(m_data->resolved()));
    m_figureValues.value(QStringLiteral("backlog"))->setText(locale.toString(m_data->backlogTotal()));
    m_figureValues.value(QStringLiteral("firstResponse"))->setText(
        tr("%1 / %2").arg(hoursText(value("firstResponse", "medianMs")), hoursText(value("firstResponse", "p90Ms"))));
    m_figureValues.value(QStringLiteral("resolution"))->setText(
        tr("%1 / %2").arg(hoursText(value("resolution", "medianMs")), hoursText(value("resolution", "p90Ms"))));
    m_figureValues.value(QStringLiteral("sla"))->setText(percent(value("sla", "compliancePercent")));
    m_figureValues.value(QStringLiteral("reopened"))->setText(percent(value("reopened", "ratePercent")));
    m_figureValues.value(QStringLiteral("csat"))->setText(percent(value("csat", "scorePercent")));
    drawDaily();
    drawBacklog();
    drawRatings();
    fillTables();
}

void DashboardWindow::drawDaily()
{
    QChart* chart = m_daily->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis), delete axis;
    auto* created = new QBarSet(tr("Created"));
    auto* resolved = new QBarSet(tr("Resolved"));
    QVector<QDate> dates;
    double max = 0;
    for (const QJsonValue& v : m_data->summary().value(QLatin1String("days")).toArray()) {
        const QJsonObject d = v.toObject();
        const double c = d.value(QLatin1String("created")).toDouble(), r = d.value(QLatin1String("resolved")).toDouble();
        *created << c;
        *resolved << r;
        max = std::max({ max, c, r });
        dates << QDate::fromString(d.value(QLatin1String("date")).toString(), Qt::ISODate);
    }
    auto* series = new QBarSeries(chart);
    series->append(created);
    series->append(resolved);
    chart->addSeries(series);
    setDailyAxes(chart, series, dates, max, 12);
    chart->setTitle(tr("Created and resolved per day"));
}

void DashboardWindow::drawBacklog()
{
    QChart* chart = m_backlog->chart();
    chart->removeAllSeries();
    QHash<QString, double> byStatus;
    for (const QJsonValue& v : m_data->summary().value(QLatin1String("backlog")).toArray())
        byStatus[v.toObject().value(QLatin1String("status")).toString()] += v.toObject().value(QLatin1String("count")).toDouble();
    auto* series = new QPieSeries(chart);
    for (const QString& status : { QStringLiteral("new"), QStringLiteral("open"), QStringLiteral("pending") }) {
        if (byStatus.value(status) > 0)
            series->append(tr("%1: %2").arg(ReportTables::statusName(status)).arg(byStatus.value(status)), byStatus.value(status));
    }
    series->setLabelsVisible(true);
    chart->addSeries(series);
    chart->setTitle(tr("Backlog by status"));
}

void DashboardWindow::drawRatings()
{
    QChart* chart = m_ratings->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes())
        chart->removeAxis(axis), delete axis;
    auto* good = new QBarSet(tr("Good"));
    auto* bad = new QBarSet(tr("Bad"));
    good->setColor(QColor(0x43, 0xa0, 0x47)); // green and red, as people read them
    bad->setColor(QColor(0xd8, 0x43, 0x15));
    QVector<QDate> dates;
    double max = 0;
    for (const QJsonValue& v : m_data->summary().value(QLatin1String("days")).toArray()) {
        const QJsonObject d = v.toObject();
        *good << d.value(QLatin1String("good")).toDouble();
        *bad << d.value(QLatin1String("bad")).toDouble();
        max = std::max(max, d.value(QLatin1String("good")).toDouble() + d.value(QLatin1String("bad")).toDouble());
        dates << QDate::fromString(d.value(QLatin1String("date")).toString(), Qt::ISODate);
    }
    auto* series = new QStackedBarSeries(chart);
    series->append(good);
    series->append(bad);
    chart->addSeries(series);
    setDailyAxes(chart, series, dates, max, 6); // half as wide
    chart->setTitle(tr("Customer ratings per day"));
}

QVector<ReportTable> DashboardWindow::tables() const
{
    QHash<qint64, QString> queues;
    if (m_directory)
        for (const Queue& q : m_directory->queues())
            queues.insert(q.id.value(), q.name);
    return ReportTables::build(m_data->summary(), m_data->agents(), queues);
}

void DashboardWindow::fillTables()
{
    const int current = m_reportTabs->currentIndex();
    while (m_reportTabs->count() > 0) {
        QWidget* page = m_reportTabs->widget(0);
        m_reportTabs->removeTab(0);
        delete page;
    }
    for (const ReportTable& table : tables()) {
        auto* view = new QTableWidget(int(table.rows.size()), int(table.headers.size()), m_reportTabs);
        view->setHorizontalHeaderLabels(table.headers);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->verticalHeader()->hide();
        for (int r = 0; r < table.rows.size(); ++r)
            for (int c = 0; c < table.rows.at(r).size(); ++c)
                view->setItem(r, c, new QTableWidgetItem(ReportTables::cellText(table.rows.at(r).at(c))));
        view->resizeColumnsToContents();
        m_reportTabs->addTab(view, table.title);
    }
    m_reportTabs->setCurrentIndex(std::max(0, current));
}

bool DashboardWindow::exportCsv(const QString& path) const
{
    QVector<QVariantList> rows;
    for (const ReportTable& table : tables()) {
        rows << QVariantList { table.title };
        rows << table.withHeader();
        rows << QVariantList {};
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(toCsv(rows)) >= 0 && file.flush();
}

bool DashboardWindow::exportPdf(const QString& path) const
{
    return ReportDocument(tables(), windowTitle()).writePdf(path);
}

void DashboardWindow::chooseCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report as CSV"), QString(), tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !exportCsv(path))
        QMessageBox::warning(this, windowTitle(), tr("The file could not be written."));
}

void DashboardWindow::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report as PDF"), QString(), tr("PDF files (*.pdf)"));
    if (!path.isEmpty() && !exportPdf(path))
        QMessageBox::warning(this, windowTitle(), tr("The file could not be written."));
}

void DashboardWindow::print()
{
    ReportDocument(tables(), windowTitle()).print(this);
}

void DashboardWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_data->isLoaded())
            redraw();
    }
    QWidget::changeEvent(event);
}

void DashboardWindow::retranslate()
{
    setWindowTitle(tr("Dashboard and reports"));
    m_since->setToolTip(tr("First day"));
    m_until->setToolTip(tr("Last day"));
    m_refresh->setText(tr("Show"));
    m_csv->setText(tr("Export CSV…"));
    m_pdf->setText(tr("Export PDF…"));
    m_print->setText(tr("Print…"));
    m_tabs->setTabText(0, tr("Dashboard"));
    m_tabs->setTabText(1, tr("Reports"));
    const QHash<QString, QString> names { { QStringLiteral("created"), tr("Created") },
        { QStringLiteral("resolved"), tr("Resolved") }, { QStringLiteral("backlog"), tr("Open now") },
        { QStringLiteral("firstResponse"), tr("First response (median / 90%)") },
        { QStringLiteral("resolution"), tr("Resolution (median / 90%)") },
        { QStringLiteral("sla"), tr("SLA met") }, { QStringLiteral("reopened"), tr("Re-opened") },
        { QStringLiteral("csat"), tr("Satisfied customers") } };
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        m_figureLabels.value(it.key())->setText(it.value());
    fillFilters();
}

} // namespace helpdesk::client
