// SPDX-License-Identifier: GPL-3.0-or-later
// English phrase pool of the data generator.
#include "phrases.h"

#include <iterator>

namespace helpdesk::bench {

namespace {

const char* const kSupportSubjects[] = {
    "Website returns {code} after PHP upgrade",
    "Cannot send email from {domain}",
    "SSL certificate expired on {domain}",
    "Slow database queries on {host}",
    "Request: SSH access for a new developer",
    "Backup failed for {domain}",
    "DNS records for {domain} not updating",
    "Disk quota exceeded on {host}",
    "WordPress admin login loop",
    "Cron jobs not running since {date}",
    "High CPU load on VPS {host}",
    "Mailbox full, cannot receive messages",
    "FTP connection refused on {host}",
    "Please move our site to a new server",
    "Error establishing a database connection",
    "Redirect loop after enabling HTTPS",
    "Node.js app crashes with out of memory",
    "Emails to Gmail land in spam",
    "Need a staging copy of {domain}",
    "Website very slow since yesterday",
    "Restore files from last week's backup",
    "MySQL import fails with error {n}",
    "Let's Encrypt renewal failing for {domain}",
    "Outage: all sites on {host} down",
};

const char* const kBillingSubjects[] = {
    "Invoice {invoice} charged twice",
    "Need a refund for invoice {invoice}",
    "Upgrade hosting plan to Business",
    "Change of billing address",
    "VAT number missing on invoice {invoice}",
    "Cancel the extra IP address",
    "Question about domain renewal price",
    "Card payment declined",
    "Please send a quote for {n} mailboxes",
};

const char* const kAbuseSubjects[] = {
    "Spam sent from our mailbox?",
    "IP {ip} blacklisted",
    "Website hacked, malware warning in browser",
    "Phishing page reported on {domain}",
    "Brute force attempts against {host}",
    "Abuse complaint about {domain}",
};

const char* const kProblems[] = {
    "Since this morning every page on {domain} returns error {code}.",
    "We did not change anything on our side.",
    "The problem started right after your maintenance window on {date}.",
    "Our customers cannot place orders and we are losing money.",
    "Outgoing mail works, but nothing arrives from external senders.",
    "The control panel takes about {n} seconds to open.",
    "Browsers show a warning that the certificate for {domain} has expired.",
    "The nightly backup job has not run for three days.",
    "Could you please check the logs on {host}?",
    "We see a lot of timeouts in the application log (reference {ref}).",
    "The database has grown to about {n} GB and queries are getting slow.",
    "We would like to upgrade before the end of the month.",
    "Our developer needs shell access to deploy the new release.",
    "The site loads fine over HTTP but loops forever over HTTPS.",
    "We received bounce messages for mails we never sent.",
    "Please find the error message below: connection refused by {ip}.",
    "This is urgent, our launch is tomorrow.",
    "It happens only for some visitors, mostly from mobile networks.",
    "I attached a screenshot of the error page.",
    "The card was charged twice for invoice {invoice}.",
    "Please update the billing address on our account.",
    "We restarted the application but it did not help.",
    "Memory usage goes up until the process is killed.",
    "The DNS change was made {n} hours ago and still does not show up.",
};

const char* const kFollowUps[] = {
    "Thanks, it works again.",
    "Unfortunately the problem is back since {date}.",
    "Any news on this? We are still affected.",
    "I checked checkout and the admin area, everything looks fine now.",
    "Could you also increase the memory limit to {n} MB?",
    "The refund has arrived, thank you.",
    "We still get error {code} on some pages.",
    "Please keep the ticket open until Monday.",
    "Our developer confirms the fix, you can close this.",
    "Is there anything we need to do on our side?",
};

const char* const kReplies[] = {
    "I have looked into this and the web server still pointed to the old PHP socket; it is fixed "
    "now.",
    "Could you tell us which browser and network you are using?",
    "The certificate has been renewed and automatic renewal is active again.",
    "I have asked our accounts team to refund the second payment; it usually takes 3 to 5 business "
    "days.",
    "The MX record pointed to a retired mail server. I corrected it; the change will propagate "
    "within an hour.",
    "I freed up space on the backup volume and started a manual backup, which finished "
    "successfully.",
    "Your plan has been changed from the first of next month; the difference will appear on the "
    "next invoice.",
    "We added the SSH key for your developer; the login is the same as for SFTP.",
    "The load on {host} was caused by a runaway cron job, which we have stopped.",
    "Please clear your browser cache and try again.",
    "I have moved the site to a less busy node; the migration took about {n} minutes.",
    "The IP address has been removed from the blacklist after we cleaned the compromised account.",
    "We have reset the mailbox password because it was used to send spam.",
    "The redirect loop came from a rule in .htaccess that forced HTTPS twice. I removed the "
    "duplicate.",
    "I increased the PHP memory limit to {n} MB.",
    "Your database import failed because of a wrong character set; please export it again as "
    "utf8mb4.",
    "I have scheduled the migration for Saturday at 22:00, if that suits you.",
    "We are still investigating and will get back to you today.",
};

const char* const kNotes[] = {
    "PHP-FPM pool for this site fails to start, old socket path in the vhost.",
    "Customer is on the legacy plan, check pricing before promising anything.",
    "Outgoing log shows {n} messages via SMTP auth from one IP. Password leaked.",
    "Disk on {host} at 97%, need to clean old logs.",
    "Escalated to second level, see internal ticket {ref}.",
    "Same issue as last month, probably a plugin update.",
    "Waiting for the data centre to replace the disk on {host}.",
    "Refund approved by accounting.",
};

const char* const kGreetings[]
    = { "Hello,", "Hi,", "Good morning,", "Dear support team,", "Hi there," };
const char* const kClosings[]
    = { "Best regards,", "Thanks,", "Kind regards,", "Cheers,", "Thank you in advance," };
const char* const kFirstNames[] = {
    "Oliver",
    "Nina",
    "James",
    "Emma",
    "Harry",
    "Sophie",
    "Jack",
    "Grace",
    "Thomas",
    "Chloe",
    "William",
    "Lucy",
    "George",
    "Amelia",
    "Daniel",
    "Hannah",
    "Samuel",
    "Olivia",
    "Joseph",
    "Ella",
};
const char* const kLastNames[] = {
    "Grant",
    "Patel",
    "Smith",
    "Taylor",
    "Brown",
    "Wilson",
    "Evans",
    "Thomas",
    "Johnson",
    "Roberts",
    "Walker",
    "Wright",
    "Robinson",
    "Thompson",
    "White",
    "Hughes",
    "Edwards",
    "Green",
    "Hall",
    "Wood",
};
const char* const kCompanyPatterns[] = {
    "{last} Hosting Ltd",
    "{last} & Sons Web",
    "{last} Digital",
    "{last} Media Ltd",
    "Nordwind {last} LLP",
};
const char* const kDomainWords[] = {
    "nordwind",
    "bluefox",
    "greenleaf",
    "oakwood",
    "redbrick",
    "silverline",
    "brightstar",
    "cloudnine",
    "harbour",
    "kingsway",
    "meadow",
    "riverside",
    "stonebridge",
    "sunrise",
    "westfield",
    "wildrose",
};

} // namespace

PhrasePool englishPhrases()
{
    PhrasePool pool;
    pool.locale = QStringLiteral("en_GB");
    pool.supportSubjects = toStringList(kSupportSubjects, std::size(kSupportSubjects));
    pool.billingSubjects = toStringList(kBillingSubjects, std::size(kBillingSubjects));
    pool.abuseSubjects = toStringList(kAbuseSubjects, std::size(kAbuseSubjects));
    pool.problems = toStringList(kProblems, std::size(kProblems));
    pool.followUps = toStringList(kFollowUps, std::size(kFollowUps));
    pool.replies = toStringList(kReplies, std::size(kReplies));
    pool.notes = toStringList(kNotes, std::size(kNotes));
    pool.greetings = toStringList(kGreetings, std::size(kGreetings));
    pool.closings = toStringList(kClosings, std::size(kClosings));
    pool.rareSentence = QStringLiteral("P.S. This concerns our internal project Quokka.");
    pool.firstNames = toStringList(kFirstNames, std::size(kFirstNames));
    pool.lastNames = toStringList(kLastNames, std::size(kLastNames));
    pool.companyPatterns = toStringList(kCompanyPatterns, std::size(kCompanyPatterns));
    pool.domainWords = toStringList(kDomainWords, std::size(kDomainWords));
    return pool;
}

} // namespace helpdesk::bench
