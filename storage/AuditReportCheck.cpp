// Checking a report against the log (docs/audit-format.md, "Checking a report"): the head
// a report prints, and the fingerprint of a report file, each vouched for only by an
// intact log of this site or of one this vault trusts.
#include "AuditLog.h"

#include "AuditLogDetail.h"

#include "Sites.h"
#include "SqliteError.h"
#include "Statement.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <functional>
#include <optional>

namespace oneteam {

using namespace auditlog;

std::optional<ReportHead> ReportHead::parse(const QString& text)
{
    // Only the ways OneTeam writes a head: "68:HEX" (the check command), "entry 68, HEX" and
    // "68번 항목, HEX" (the title page), "audit chain head HEX (entry 68)" (XLSX properties).
    // Anything else is refused rather than guessed at (a footer's site name may hold digits).
    static const QString number = QStringLiteral(R"((?<seq>\d{1,3}(?:,\d{3})+|\d+))");
    static const QString hex = QStringLiteral(R"((?<hex>[0-9A-Fa-f]{16,64})(?:…|\.\.\.)?)");
    static const QList<QRegularExpression> forms{
        QRegularExpression(QStringLiteral("^") + number + QStringLiteral(R"(\s*:\s*)") + hex +
                           QStringLiteral("$")),
        QRegularExpression(QStringLiteral(R"(^(?:audit chain head\s*)?entry\s+)") + number +
                               QStringLiteral(R"(\s*,\s*)") + hex + QStringLiteral("$"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral(R"(^(?:감사\s*체인\s*헤드\s*)?)") + number +
                           QStringLiteral(R"(\s*번\s*항목\s*,\s*)") + hex + QStringLiteral("$")),
        QRegularExpression(QStringLiteral(R"(^(?:OneTeam,\s*)?audit chain head\s+)") + hex +
                               QStringLiteral(R"(\s*\(entry\s+)") + number + QStringLiteral(R"(\)$)"),
                           QRegularExpression::CaseInsensitiveOption),
    };
    for (const QRegularExpression& form : forms) {
        const QRegularExpressionMatch match = form.match(text.trimmed());
        if (!match.hasMatch()) {
            continue;
        }
        bool ok = false;
        const qint64 seq = match.captured(QStringLiteral("seq")).remove(QLatin1Char(',')).toLongLong(&ok);
        if (!ok || seq < 1) {
            return std::nullopt;
        }
        return ReportHead{seq, match.captured(QStringLiteral("hex")).toLower().toLatin1()};
    }
    return std::nullopt;
}

Result<QString> findReportSite(const QList<ChainStatus>& chains, const QString& given)
{
    const QString wanted = given.trimmed();
    QStringList ids;
    for (const ChainStatus& chain : chains) {
        ids << chain.site;
    }
    // The whole id first, then a prefix of at least 8 characters, then a name: a name
    // that happens to look like an id does not hide the site that has it.
    const std::function<bool(const ChainStatus&)> tiers[] = {
        [&](const ChainStatus& chain) { return chain.site.compare(wanted, Qt::CaseInsensitive) == 0; },
        [&](const ChainStatus& chain) {
            return wanted.size() >= 8 && chain.site.startsWith(wanted, Qt::CaseInsensitive);
        },
        [&](const ChainStatus& chain) { return chain.name.compare(wanted, Qt::CaseInsensitive) == 0; },
    };
    const auto named = [&ids](const ChainStatus& chain) {
        return QStringLiteral("%1 (%2)").arg(chain.name, shortSiteId(chain.site, ids));
    };
    for (const auto& matches : tiers) {
        QStringList found;
        QString id;
        for (const ChainStatus& chain : chains) {
            if (matches(chain)) {
                found << named(chain);
                id = chain.site;
            }
        }
        if (found.size() == 1) {
            return id;
        }
        if (found.size() > 1) {
            return StorageError::make(
                StorageErrorCode::InvalidArgument,
                QCoreApplication::translate("AuditLog", "Several sites match '%1'; give more of the id (%2).")
                    .arg(wanted, found.join(QStringLiteral(", "))));
        }
    }
    QStringList all;
    for (const ChainStatus& chain : chains) {
        all << named(chain);
    }
    return StorageError::make(
        StorageErrorCode::InvalidArgument,
        QCoreApplication::translate("AuditLog", "No site here is called or has the id '%1'; the sites "
                                                "whose logs this vault holds: %2.")
            .arg(wanted, all.join(QStringLiteral(", "))));
}

QString shortSiteId(const QString& site, const QStringList& others)
{
    qsizetype length = std::min<qsizetype>(8, site.size());
    for (const QString& other : others) {
        if (other == site) {
            continue;
        }
        while (length < site.size() && other.startsWith(site.left(length), Qt::CaseInsensitive)) {
            ++length;
        }
    }
    return site.left(length);
}

QString HeadCheck::elsewhereText() const
{
    if (elsewhere.isEmpty()) {
        return {};
    }
    return QLatin1Char(' ') + QCoreApplication::translate(
                                  "AuditLog", "Entry %1 with that chain value is in the log of %2: check "
                                              "which site the report names.")
                                  .arg(QString::number(head.seq), elsewhere.join(QStringLiteral(", ")));
}

QString HeadCheck::text() const
{
    const QString shown = QString::fromLatin1(head.hex.left(16)) + QStringLiteral("…");
    switch (outcome) {
    case Outcome::Found:
        return QCoreApplication::translate(
                   "AuditLog", "Entry %1 (%2) is in the verified log of %3: the head the report names is a "
                               "real state of that site's history. It does not vouch for the report's "
                               "figures; to compare them, make the same report from this vault.")
            .arg(QString::number(head.seq), shown, siteName);
    case Outcome::InBrokenLog:
        return QCoreApplication::translate("AuditLog",
                                           "Entry %1 (%2) is in the log of %3, but that log is broken: the "
                                           "history was altered, and the head proves nothing.")
            .arg(QString::number(head.seq), shown, siteName);
    case Outcome::Untrusted:
        return QCoreApplication::translate("AuditLog",
                                           "Entry %1 (%2) is in the log of %3, but this vault no longer "
                                           "trusts %3: the head proves nothing.")
            .arg(QString::number(head.seq), shown, siteName);
    case Outcome::OtherHistory:
        if (site.isEmpty()) {
            return QCoreApplication::translate(
                       "AuditLog", "No site's entry %1 has the chain value %2: the report was not "
                                   "made from the history this vault holds, or its head was "
                                   "altered.")
                .arg(QString::number(head.seq), shown);
        }
        return QCoreApplication::translate("AuditLog",
                                           "Entry %1 of %3's log has another chain value than %2: the report "
                                           "was not made from %3's history as this vault holds it, or its "
                                           "head was altered.")
                   .arg(QString::number(head.seq), shown, siteName) +
               elsewhereText();
    case Outcome::NotReached:
        break;
    }
    if (!site.isEmpty()) {
        return QCoreApplication::translate("AuditLog",
                                           "The log of %3 here ends before entry %1 (%2): import a "
                                           "newer bundle from %3 and check again.")
                   .arg(QString::number(head.seq), shown, siteName) +
               elsewhereText();
    }
    return QCoreApplication::translate(
               "AuditLog", "No site's entry %1 here has the chain value %2, but some logs here end before "
                           "that entry (%3): if the report comes from one of those sites, import a newer "
                           "bundle from it and check again.")
        .arg(QString::number(head.seq), shown, shortLogs.join(QStringLiteral(", ")));
}

QByteArray AuditLog::fileFingerprint(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        return {};
    }
    return hash.result().toHex();
}

Result<QList<AuditEntry>> AuditLog::findReportFile(const QByteArray& sha256) const
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return lockedError();
    }
    // The LIKE narrows the scan; the summary's own list decides.
    Statement rows(db, "SELECT site, seq, at, action, target, summary, chain FROM audit_entry "
                       "WHERE action = ? AND summary LIKE ? ORDER BY site, seq");
    rows.bind(1, QString::fromLatin1(audit::kReport))
        .bind(2, QStringLiteral("%") + QString::fromLatin1(sha256) + QStringLiteral("%"));
    const QJsonValue wanted(QString::fromLatin1(sha256));
    QList<AuditEntry> found;
    while (rows.next()) {
        AuditEntry entry = readEntry(rows);
        const QJsonObject summary = QJsonDocument::fromJson(entry.summary.toUtf8()).object();
        if (summary.value(QStringLiteral("sha256")).toArray().contains(wanted)) {
            found.append(std::move(entry));
        }
    }
    if (rows.rc() != SQLITE_DONE) {
        return m_vault.errorFor(rows.rc());
    }
    return found;
}

namespace {

// How far a site's log vouches for an entry in it: best is a log that verifies, of this
// site or of one this vault trusts.
enum class Vouch
{
    Yes,
    Untrusted,
    Broken,
};

Vouch vouchOf(const QString& site, const QList<ChainStatus>& verified, const QList<SiteEntry>& sites)
{
    bool intact = false;
    for (const ChainStatus& chain : verified) {
        intact = intact || (chain.site == site && chain.intact);
    }
    if (!intact) {
        return Vouch::Broken;
    }
    for (const SiteEntry& entry : sites) {
        if (entry.id == site && (entry.local || entry.trusted)) {
            return Vouch::Yes;
        }
    }
    return Vouch::Untrusted;
}

QString nameOf(const QString& site, const QList<ChainStatus>& verified)
{
    for (const ChainStatus& chain : verified) {
        if (chain.site == site) {
            return chain.name;
        }
    }
    return site;
}

} // namespace

QString ReportFileCheck::text() const
{
    const QString shown = QString::fromLatin1(sha256.left(16)) + QStringLiteral("…");
    if (outcome == Outcome::NotFound) {
        return QCoreApplication::translate(
                   "AuditLog",
                   "No log here records a report file with the fingerprint of %1 (SHA-256 %2): it was "
                   "changed after it was exported, or it comes from a site whose log has not reached "
                   "this vault yet, or it was exported before OneTeam noted reports' fingerprints.")
            .arg(fileName, shown);
    }
    const QJsonObject summary = QJsonDocument::fromJson(entry.summary.toUtf8()).object();
    const QString when = QDateTime::fromString(entry.at, Qt::ISODateWithMs)
                             .toLocalTime()
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString what = QStringLiteral("%1, %2, %3")
                             .arg(summary.value(QStringLiteral("kind")).toString(),
                                  summary.value(QStringLiteral("format")).toString(),
                                  summary.value(QStringLiteral("language")).toString());
    QString text;
    switch (outcome) {
    case Outcome::InBrokenLog:
        text = QCoreApplication::translate("AuditLog",
                                           "%1 matches the report %2 exported (entry %3), but that site's "
                                           "log is broken: the history was altered, and the match proves "
                                           "nothing.")
                   .arg(fileName, siteName, QString::number(entry.seq));
        break;
    case Outcome::Untrusted:
        text = QCoreApplication::translate("AuditLog",
                                           "%1 matches the report %2 exported (entry %3), but this vault no "
                                           "longer trusts %2: the match proves nothing.")
                   .arg(fileName, siteName, QString::number(entry.seq));
        break;
    default:
        text = QCoreApplication::translate("AuditLog",
                                           "%1 is unchanged since %2 exported it on %3 (entry %4 of its log: "
                                           "%5), made from its audit chain head at entry %6.")
                   .arg(fileName, siteName, when, QString::number(entry.seq), what,
                        QString::number(summary.value(QStringLiteral("head")).toInteger()));
        break;
    }
    if (!otherSites.isEmpty()) {
        text += QLatin1Char(' ') +
                QCoreApplication::translate("AuditLog", "The logs of %1 list the same fingerprint too.")
                    .arg(otherSites.join(QStringLiteral(", ")));
    }
    return text;
}

Result<ReportFileCheck> AuditLog::checkReportFile(const QList<ChainStatus>& verified,
                                                  const QString& path) const
{
    ReportFileCheck check;
    check.fileName = QFileInfo(path).fileName();
    check.sha256 = fileFingerprint(path);
    if (check.sha256.isEmpty()) {
        return StorageError::make(StorageErrorCode::Io,
                                  QCoreApplication::translate("AuditLog", "Cannot read %1.").arg(path));
    }
    auto found = findReportFile(check.sha256);
    auto sites = Sites(m_vault).all();
    if (!found || !sites) {
        return found ? sites.error() : found.error();
    }
    // The best voucher decides: an intact, trusted log over an untrusted one over a broken one.
    std::optional<Vouch> best;
    for (const AuditEntry& entry : *found) {
        const Vouch vouch = vouchOf(entry.site, verified, *sites);
        if (!best || int(vouch) < int(*best)) {
            best = vouch;
            check.entry = entry;
        }
    }
    if (!best) {
        return check;
    }
    check.outcome = *best == Vouch::Yes         ? ReportFileCheck::Outcome::Found
                    : *best == Vouch::Untrusted ? ReportFileCheck::Outcome::Untrusted
                                                : ReportFileCheck::Outcome::InBrokenLog;
    check.siteName = nameOf(check.entry.site, verified);
    for (const AuditEntry& entry : *found) {
        const QString name = nameOf(entry.site, verified);
        if (entry.site != check.entry.site && !check.otherSites.contains(name)) {
            check.otherSites << name;
        }
    }
    return check;
}

Result<HeadCheck> AuditLog::checkHead(const QList<ChainStatus>& verified, const ReportHead& head,
                                      const QString& site) const
{
    sqlite3* db = m_vault.handle();
    if (!db) {
        return lockedError();
    }
    auto sites = Sites(m_vault).all();
    if (!sites) {
        return sites.error();
    }
    HeadCheck check;
    check.head = head;
    check.outcome = HeadCheck::Outcome::OtherHistory;
    Statement rows(db, "SELECT site, chain FROM audit_entry WHERE seq = ? ORDER BY site");
    rows.bind(1, head.seq);
    std::optional<Vouch> best;
    while (rows.next()) {
        const QString holder = rows.text(0);
        if (!rows.blob(1).toHex().startsWith(head.hex)) {
            continue;
        }
        if (!site.isEmpty() && holder != site) {
            // Another site's log holds it: the verdict says so, in case the site asked
            // about is not the one the report names.
            if (!check.elsewhere.contains(nameOf(holder, verified))) {
                check.elsewhere << nameOf(holder, verified);
            }
            continue;
        }
        const Vouch vouch = vouchOf(holder, verified, *sites);
        if (!best || int(vouch) < int(*best)) {
            best = vouch;
            check.site = holder;
        }
    }
    if (rows.rc() != SQLITE_DONE) {
        return m_vault.errorFor(rows.rc());
    }
    if (best) {
        check.outcome = *best == Vouch::Yes         ? HeadCheck::Outcome::Found
                        : *best == Vouch::Untrusted ? HeadCheck::Outcome::Untrusted
                                                    : HeadCheck::Outcome::InBrokenLog;
        check.siteName = nameOf(check.site, verified);
    }
    for (const ChainStatus& chain : verified) {
        if (chain.count < head.seq && (site.isEmpty() || chain.site == site)) {
            check.shortLogs << chain.name;
        }
    }
    if (check.outcome == HeadCheck::Outcome::OtherHistory && !check.shortLogs.isEmpty()) {
        check.outcome = HeadCheck::Outcome::NotReached;
    }
    if (!best && !site.isEmpty()) {
        check.site = site; // the one log asked about differs, or ends before the entry
        check.siteName = nameOf(site, verified);
    }
    return check;
}

} // namespace oneteam
