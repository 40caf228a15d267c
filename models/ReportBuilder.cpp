#include "Report.h"

#include "ReportBuilderDetail.h"

#include "AuditLog.h"
#include "AuditText.h"
#include "CaioCoverage.h"
#include "DashboardFigures.h"
#include "RecordStore.h"
#include "Sites.h"
#include "Vault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>

#include <cmath>

namespace oneteam {

// ---------------------------------------------------------------- ReportBuilder

namespace {

const char* const kKinds[][2] = {
    {"summary", QT_TRANSLATE_NOOP("Report", "Committee summary")},
    {"resolutions", QT_TRANSLATE_NOOP("Report", "Resolutions and actions")},
    {"caio", QT_TRANSLATE_NOOP("Report", "Chief AI Officers")},
    {"budget", QT_TRANSLATE_NOOP("Report", "Budget")},
    {"taskforces", QT_TRANSLATE_NOOP("Report", "Task forces")},
    {"indicators", QT_TRANSLATE_NOOP("Report", "Indicators")},
    {"audit", QT_TRANSLATE_NOOP("Report", "Audit log")},
};

} // namespace

using namespace reportbuilder;

QString Builder::bilingual(const StoredRecord& record, const char* base) const
{
    const QString ko = record.fields.value(QLatin1String(base) + QStringLiteral("_ko")).toString();
    const QString en = record.fields.value(QLatin1String(base) + QStringLiteral("_en")).toString();
    return L.korean() ? (ko.isEmpty() ? en : ko) : (en.isEmpty() ? ko : en);
}

QString Builder::ministryName(const QString& id) const
{
    auto it = m_ministries.constFind(id);
    if (it == m_ministries.constEnd()) {
        return id;
    }
    return bilingual(*it, "name");
}

void Builder::cap(ReportTable& table, int limit, const QString& more) const
{
    if (limit > 0 && table.rows.size() > limit) {
        table.note = L.t(QT_TRANSLATE_NOOP("Report", "The first %1 of %2 rows; %3"))
                         .arg(L.number(qint64(limit)), L.number(qint64(table.rows.size())), more);
        table.rows.resize(limit);
    }
}

Status Builder::load()
{
    DashboardScope scope;
    auto figures = DashboardFigures::compute(m_store, scope);
    if (!figures) {
        return figures.error();
    }
    m_figures = *figures;
    auto coverage = CaioCoverage::compute(m_store);
    if (!coverage) {
        return coverage.error();
    }
    m_coverage = *coverage;
    for (const char* type : {"ministry", "person", "resolution", "taskforce"}) {
        auto records = m_store.list(ListQuery{QLatin1String(type)});
        if (!records) {
            return records.error();
        }
        for (const StoredRecord& record : *records) {
            if (qstrcmp(type, "ministry") == 0) {
                m_ministries.insert(record.id, record);
            } else if (qstrcmp(type, "person") == 0) {
                m_people.insert(record.id, record);
            } else if (qstrcmp(type, "resolution") == 0) {
                m_resolutionNumbers.insert(record.id, str(record, "number"));
            } else {
                m_taskforceNames.insert(record.id, str(record, "name"));
            }
        }
    }
    return {};
}

ReportSection Builder::overview()
{
    ReportSection section;
    section.title = L.t(QT_TRANSLATE_NOOP("Report", "At a glance"));
    const DashboardFigures& f = m_figures;
    qint64 resolutions = 0;
    for (const KeyCount& count : f.resolutionsByStatus) {
        resolutions += count.count;
    }
    section.paragraphs << L.t(QT_TRANSLATE_NOOP(
                                  "Report", "Resolutions: %1. Follow-up actions: %2, of them overdue: %3."))
                              .arg(L.number(resolutions), L.number(f.actionsTotal),
                                   L.number(f.actionsOverdue));
    section.paragraphs
        << L.t(QT_TRANSLATE_NOOP(
                   "Report", "Chief AI Officers: %1 of %2 ministries have an active CAIO; %3 vacant, %4 at a "
                             "rank other than the two asked for."))
               .arg(L.number(f.caio.active), L.number(f.caio.ministries), L.number(f.caio.vacant),
                    L.number(f.caio.rankFlagged));
    qint64 ax = 0;
    for (const KeyAmount& amount : f.proposalByCategory) {
        if (amount.key == QLatin1String("ax")) {
            ax = amount.amount;
        }
    }
    section.paragraphs
        << L.t(QT_TRANSLATE_NOOP(
                   "Report",
                   "Budget: proposal %1, enacted %2, executed to date %3 (%4 of the latest budget)."))
               .arg(L.won(f.budget.proposal), L.won(f.budget.enacted), L.won(f.budget.executed),
                    L.percent(f.budget.executionRate()));
    if (f.budget.proposal > 0) {
        section.paragraphs << L.t(QT_TRANSLATE_NOOP("Report", "AI transition (AX): %1, %2 of the proposal."))
                                  .arg(L.won(ax), L.percent(double(ax) / double(f.budget.proposal)));
    }
    for (const IndicatorFigures& indicator : f.indicators) {
        section.paragraphs << L.t(QT_TRANSLATE_NOOP("Report", "%1: %2 %3 now, target %4 by %5; %6 to go."))
                                  .arg(indicator.nameIn(L.korean()),
                                       L.number(qint64(std::llround(indicator.latest))),
                                       indicator.unitIn(L.korean()),
                                       L.number(qint64(std::llround(indicator.finalTarget))),
                                       QString::number(indicator.finalDate.year()),
                                       L.number(qint64(std::llround(indicator.gapToFinal()))));
    }
    ReportChart stages;
    stages.title = L.t(QT_TRANSLATE_NOOP("Report", "Budget by stage"));
    stages.kind = CellKind::Won;
    stages.bars = {{L.field(QStringLiteral("proposal")), double(f.budget.proposal)},
                   {L.field(QStringLiteral("enacted")), double(f.budget.enacted)},
                   {L.field(QStringLiteral("revised")), double(f.budget.revised)},
                   {L.field(QStringLiteral("executed")), double(f.budget.executed)}};
    section.charts << stages;
    return section;
}

Result<ReportSection> Builder::auditSection()
{
    ReportSection section;
    section.title = L.t(QT_TRANSLATE_NOOP("Report", "Audit log"));
    AuditLog log(m_vault);
    auto chains = log.verify();
    if (!chains) {
        return chains.error();
    }
    ReportTable status{QStringLiteral("audit-chains"),
                       L.t(QT_TRANSLATE_NOOP("Report", "Chains by site")),
                       {{L.t(QT_TRANSLATE_NOOP("Report", "Site")), CellKind::Text},
                        {L.t(QT_TRANSLATE_NOOP("Report", "Entries")), CellKind::Integer},
                        {L.t(QT_TRANSLATE_NOOP("Report", "Signed up to")), CellKind::Integer},
                        {L.t(QT_TRANSLATE_NOOP("Report", "Status")), CellKind::Text}},
                       {},
                       {}};
    bool intact = true;
    for (const ChainStatus& chain : *chains) {
        intact = intact && chain.intact;
        status.rows << QVariantList{chain.name, chain.count, chain.signedSeq,
                                    chain.intact ? L.t(QT_TRANSLATE_NOOP("Report", "Intact"))
                                                 : chain.problem};
    }
    section.paragraphs
        << (intact ? L.t(QT_TRANSLATE_NOOP(
                         "Report", "Every site's chain was recomputed from its first entry and is intact; "
                                   "each signed head was checked with the site's key."))
                   : L.t(QT_TRANSLATE_NOOP(
                         "Report", "A chain is broken: the history was altered. See the status below.")));
    section.tables << status;
    auto sites = Sites(m_vault).all();
    QHash<QString, QString> names;
    if (sites) {
        for (const SiteEntry& site : *sites) {
            names.insert(site.id, site.name);
        }
    }
    ReportTable entries{QStringLiteral("audit-log"),
                        L.t(QT_TRANSLATE_NOOP("Report", "Entries, newest first")),
                        {{L.t(QT_TRANSLATE_NOOP("Report", "When (UTC)")), CellKind::Text},
                         {L.t(QT_TRANSLATE_NOOP("Report", "Site")), CellKind::Text},
                         {L.t(QT_TRANSLATE_NOOP("Report", "No.")), CellKind::Integer},
                         {L.t(QT_TRANSLATE_NOOP("Report", "Action")), CellKind::Text},
                         {L.t(QT_TRANSLATE_NOOP("Report", "Subject")), CellKind::Text},
                         {L.t(QT_TRANSLATE_NOOP("Report", "What happened")), CellKind::Text}},
                        {},
                        {}};
    auto all = log.entries(AuditFilter{});
    if (!all) {
        return all.error();
    }
    const AuditText::Translate words = [this](const char* context, const char* source, int n) {
        return L.text(context, source, n);
    };
    // A record's entries name it as a reader knows it ("Resolution 2025-01"), its id after.
    QHash<QString, QString> subjects;
    const auto subject = [&](const QString& target) {
        const qsizetype slash = target.indexOf(QLatin1Char('/'));
        if (slash <= 0) {
            return target;
        }
        auto it = subjects.constFind(target);
        if (it != subjects.constEnd()) {
            return *it;
        }
        const QString id = target.mid(slash + 1);
        QString name;
        if (auto record = m_store.get(id)) {
            name = str(*record, "code");
            for (const char* base : {"title", "name"}) {
                if (name.isEmpty()) {
                    name = bilingual(*record, base);
                }
                if (name.isEmpty()) {
                    name = str(*record, base);
                }
            }
            for (const char* field : {"number", "description"}) {
                if (name.isEmpty()) {
                    name = str(*record, field);
                }
            }
        }
        const QString text =
            L.typeTitle(target.left(slash)) + QLatin1Char(' ') +
            (name.isEmpty() ? id
                            : shortened(name, 80) + QStringLiteral(" (") + id.left(8) + QLatin1Char(')'));
        subjects.insert(target, text);
        return text;
    };
    for (const AuditEntry& entry : *all) {
        const char* action = AuditText::actionSource(entry.action);
        entries.rows << QVariantList{entry.at.left(19).replace(QLatin1Char('T'), QLatin1Char(' ')),
                                     names.value(entry.site, entry.site),
                                     entry.seq,
                                     action ? L.text("Audit", action) : entry.action,
                                     subject(entry.target),
                                     AuditText::describe(entry, words)};
    }
    section.tables << entries;
    return section;
}

Result<Report> Builder::build(const QString& kind)
{
    const auto cancelled = [] {
        return StorageError::make(
            StorageErrorCode::Cancelled,
            QCoreApplication::translate("Report", "The report was cancelled; nothing was written."));
    };
    Report report;
    report.kind = kind;
    report.language = L.code();
    report.title = ReportBuilder::kindTitle(kind, L);
    report.subtitle = L.t(QT_TRANSLATE_NOOP("Report", "National AI Strategy Committee"));
    report.generatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (!step(0.0)) {
        return cancelled();
    }
    // The chain head the report is made from: signed, so that it can be checked later.
    AuditLog log(m_vault);
    if (m_sign) {
        auto head = log.signedLocalHead();
        if (!head) {
            return head.error();
        }
        report.auditSeq = head->first;
        report.auditHead = QString::fromLatin1(head->second.toHex());
    } else if (auto heads = log.heads(); heads) {
        auto me = Sites(m_vault).local();
        report.auditSeq = me ? heads->value(me->id) : 0;
    }
    auto site = Sites(m_vault).local();
    if (!site) {
        return site.error();
    }
    // The report names its site by a short id, for `audit verify --head … --site`.
    auto allSites = Sites(m_vault).all();
    if (!allSites) {
        return allSites.error();
    }
    QStringList others;
    for (const SiteEntry& other : *allSites) {
        others << other.id;
    }
    report.auditSite = shortSiteId(site->id, others);
    if (Status loaded = load(); !loaded) {
        return loaded.error();
    }
    if (!step(0.2)) {
        return cancelled();
    }
    const QString role =
        site->role.startsWith(QStringLiteral("ministry:"))
            ? L.t(QT_TRANSLATE_NOOP("Report", "ministry (%1)")).arg(site->role.mid(9))
            : (site->role == QLatin1String("auditor") ? L.t(QT_TRANSLATE_NOOP("Report", "auditor"))
                                                      : L.t(QT_TRANSLATE_NOOP("Report", "secretariat")));
    report.facts = {{L.t(QT_TRANSLATE_NOOP("Report", "Vault")), QFileInfo(m_vault.path()).fileName()},
                    {L.t(QT_TRANSLATE_NOOP("Report", "Site")),
                     QStringLiteral("%1 (%2)").arg(site->name, report.auditSite)},
                    {L.t(QT_TRANSLATE_NOOP("Report", "Role")), role},
                    {L.t(QT_TRANSLATE_NOOP("Report", "Generated")),
                     QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t"))},
                    {L.t(QT_TRANSLATE_NOOP("Report", "Audit chain head")),
                     L.t(QT_TRANSLATE_NOOP("Report", "entry %1, %2"))
                         .arg(L.number(report.auditSeq), report.auditHead.left(32))}};
    report.checkNote = L.t(QT_TRANSLATE_NOOP(
        "Report", "Made with OneTeam from the vault's records. The audit chain head above names "
                  "the state of the history the report was made from. In any vault that holds "
                  "this site's log, the first command below checks that a copy of this file is "
                  "unchanged since it was exported, the second that a printed copy names a real "
                  "state of that history; 'oneteam-cli audit log' shows it."));
    report.footer =
        QStringLiteral("%1 · %2 · %3 %4")
            .arg(site->name, role, L.t(QT_TRANSLATE_NOOP("Report", "audit head")), report.auditHead.left(16));
    const QString k = kind;
    if (k == QLatin1String("summary")) {
        report.sections << overview() << resolutions(false) << actions(false) << caios() << budget(false)
                        << indicators() << taskforces() << partnershipsAndMilestones();
    } else if (k == QLatin1String("resolutions")) {
        report.sections << resolutions(true) << actions(true);
    } else if (k == QLatin1String("caio")) {
        report.sections << caios();
    } else if (k == QLatin1String("budget")) {
        report.sections << budget(true);
    } else if (k == QLatin1String("taskforces")) {
        report.sections << taskforces();
    } else if (k == QLatin1String("indicators")) {
        report.sections << indicators();
    } else if (k == QLatin1String("audit")) {
        auto section = auditSection();
        if (!section) {
            return section.error();
        }
        report.sections << *section;
    } else {
        return StorageError::make(StorageErrorCode::InvalidArgument,
                                  QCoreApplication::translate("Report", "'%1' is not a report: use %2.")
                                      .arg(kind, ReportBuilder::kinds().join(QStringLiteral(", "))));
    }
    if (!step(0.5)) {
        return cancelled();
    }
    return report;
}

Status ReportBuilder::noteExported(Vault& vault, const Report& report, const QString& format,
                                   const QString& fileName, const QStringList& files)
{
    QJsonArray hashes;
    for (const QString& path : files) {
        if (const QByteArray hash = AuditLog::fileFingerprint(path); !hash.isEmpty()) {
            hashes.append(QString::fromLatin1(hash));
        }
    }
    return AuditLog(vault).append(QLatin1String(audit::kReport), fileName,
                                  {{QStringLiteral("kind"), report.kind},
                                   {QStringLiteral("format"), format},
                                   {QStringLiteral("language"), report.language},
                                   {QStringLiteral("head"), report.auditSeq},
                                   {QStringLiteral("sha256"), hashes}});
}

QStringList ReportBuilder::kinds()
{
    QStringList list;
    for (const auto& kind : kKinds) {
        list << QLatin1String(kind[0]);
    }
    return list;
}

QString ReportBuilder::kindTitle(const QString& kind, const ReportLanguage& language)
{
    for (const auto& entry : kKinds) {
        if (kind == QLatin1String(entry[0])) {
            return language.t(entry[1]);
        }
    }
    return kind;
}

Result<Report> ReportBuilder::build(Vault& vault, RecordStore& store, const QString& kind,
                                    const QString& language, const ReportProgress& progress, bool sign)
{
    const ReportLanguage L(language);
    return Builder(vault, store, L, progress, sign).build(kind);
}

} // namespace oneteam
