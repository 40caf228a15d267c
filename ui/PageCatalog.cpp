#include "PageCatalog.h"

#include <QCoreApplication>

#include <iterator>

namespace oneteam {

namespace {

const PageSpec kPages[] = {
    {"dashboard", QT_TRANSLATE_NOOP("Pages", "Dashboard"),
     QT_TRANSLATE_NOOP("Pages", "Where things stand: resolutions by status and keyword, actions due and "
                                "overdue by ministry, CAIO coverage, the budget by stage and the GPUs "
                                "secured against the 2030 target."),
     nullptr},
    {"resolutions", QT_TRANSLATE_NOOP("Pages", "Resolutions"),
     QT_TRANSLATE_NOOP("Pages", "The committee's resolutions: number, title, adoption date, policy "
                                "keyword, status, lead and cooperating ministries, linked budget lines."),
     nullptr},
    {"actions", QT_TRANSLATE_NOOP("Pages", "Actions"),
     QT_TRANSLATE_NOOP("Pages", "Follow-up actions of each resolution: owner ministry, due date, "
                                "progress and evidence. Overdue actions stand out."),
     nullptr},
    {"caios", QT_TRANSLATE_NOOP("Pages", "CAIOs"),
     QT_TRANSLATE_NOOP("Pages", "The roster of each ministry's Chief AI Officer: rank, appointment, term "
                                "and status. Ministries without an active CAIO stand out."),
     nullptr},
    {"taskforces", QT_TRANSLATE_NOOP("Pages", "Task forces"),
     QT_TRANSLATE_NOOP("Pages", "The committee's task forces (education, security, regions), their "
                                "mandates, members and deliverables."),
     nullptr},
    {"budget", QT_TRANSLATE_NOOP("Pages", "Budget"),
     QT_TRANSLATE_NOOP("Pages", "Budget lines per fiscal year with their stages side by side: proposal, "
                                "enacted, revised and executed, in whole won."),
     nullptr},
    {"indicators", QT_TRANSLATE_NOOP("Pages", "Indicators"),
     QT_TRANSLATE_NOOP("Pages", "Indicators with their targets and observations, starting with the GPUs "
                                "secured: 20,000 today, 200,000 by 2030."),
     nullptr},
    {"partnerships", QT_TRANSLATE_NOOP("Pages", "Partnerships"),
     QT_TRANSLATE_NOOP("Pages", "Partnerships and investments: data centres, offices, cooperation, with "
                                "their partners, amounts and ministries."),
     nullptr},
    {"milestones", QT_TRANSLATE_NOOP("Pages", "Milestones"),
     QT_TRANSLATE_NOOP("Pages", "Milestones of the committee's work, such as the AI action plan, with their "
                                "due dates, status and the records they concern."),
     nullptr},
    {"ministries", QT_TRANSLATE_NOOP("Pages", "Ministries"),
     QT_TRANSLATE_NOOP("Pages", "The committee, the council and the ministries, each with its active CAIO. "
                                "Ministries without one stand out."),
     nullptr},
    {"people", QT_TRANSLATE_NOOP("Pages", "People"),
     QT_TRANSLATE_NOOP("Pages", "The people the records name: only real people from the public record, "
                                "with their titles and organisations."),
     nullptr},
    {"sync", QT_TRANSLATE_NOOP("Pages", "Sync"),
     QT_TRANSLATE_NOOP("Pages",
                       "Exchange signed, encrypted bundle files with the other offices: this "
                       "site's card, trusted sites, bundles sent and received, conflicts to review."),
     nullptr},
    {"audit", QT_TRANSLATE_NOOP("Pages", "Audit"),
     QT_TRANSLATE_NOOP("Pages", "The tamper-evident history of every change, import and export, with its "
                                "verification status per site."),
     nullptr},
    {"reports", QT_TRANSLATE_NOOP("Pages", "Reports"),
     QT_TRANSLATE_NOOP("Pages", "Reports to hand on, in PDF, CSV and XLSX: the committee summary, each "
                                "area, and the audit log."),
     nullptr},
};

} // namespace

const PageSpec* PageCatalog::pages(int* count)
{
    *count = int(std::size(kPages));
    return kPages;
}

QStringList PageCatalog::ids()
{
    QStringList result;
    for (const PageSpec& page : kPages) {
        result << QLatin1String(page.id);
    }
    return result;
}

QString PageCatalog::title(const PageSpec& page)
{
    return QCoreApplication::translate("Pages", page.title);
}

QString PageCatalog::description(const PageSpec& page)
{
    return QCoreApplication::translate("Pages", page.description);
}

QString PageCatalog::arrivesWith(const PageSpec& page)
{
    return page.arrivesWith ? QCoreApplication::translate("Pages", page.arrivesWith) : QString();
}

} // namespace oneteam
