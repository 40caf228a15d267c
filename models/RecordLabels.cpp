#include "RecordLabels.h"

#include "RecordType.h"

#include <QCoreApplication>
#include <QLocale>

namespace oneteam {

namespace {

// Column titles for the field names, translated in the "RecordFields" context.
const char* const kFieldTitles[][2] = {
    {"code", QT_TRANSLATE_NOOP("RecordFields", "Code")},
    {"name_ko", QT_TRANSLATE_NOOP("RecordFields", "Name (Korean)")},
    {"name_en", QT_TRANSLATE_NOOP("RecordFields", "Name (English)")},
    {"kind", QT_TRANSLATE_NOOP("RecordFields", "Kind")},
    {"title", QT_TRANSLATE_NOOP("RecordFields", "Title")},
    {"organisation", QT_TRANSLATE_NOOP("RecordFields", "Organisation")},
    {"ministry", QT_TRANSLATE_NOOP("RecordFields", "Ministry")},
    {"person", QT_TRANSLATE_NOOP("RecordFields", "Person")},
    {"rank", QT_TRANSLATE_NOOP("RecordFields", "Rank")},
    {"appointed", QT_TRANSLATE_NOOP("RecordFields", "Appointed")},
    {"term_end", QT_TRANSLATE_NOOP("RecordFields", "Term ends")},
    {"status", QT_TRANSLATE_NOOP("RecordFields", "Status")},
    {"number", QT_TRANSLATE_NOOP("RecordFields", "Number")},
    {"title_ko", QT_TRANSLATE_NOOP("RecordFields", "Title (Korean)")},
    {"title_en", QT_TRANSLATE_NOOP("RecordFields", "Title (English)")},
    {"adopted", QT_TRANSLATE_NOOP("RecordFields", "Adopted")},
    {"meeting", QT_TRANSLATE_NOOP("RecordFields", "Meeting")},
    {"keyword", QT_TRANSLATE_NOOP("RecordFields", "Keyword")},
    {"lead_ministry", QT_TRANSLATE_NOOP("RecordFields", "Lead ministry")},
    {"cooperating_ministries", QT_TRANSLATE_NOOP("RecordFields", "Cooperating ministries")},
    {"budget_lines", QT_TRANSLATE_NOOP("RecordFields", "Budget lines")},
    {"resolution", QT_TRANSLATE_NOOP("RecordFields", "Resolution")},
    {"description", QT_TRANSLATE_NOOP("RecordFields", "Description")},
    {"owner_ministry", QT_TRANSLATE_NOOP("RecordFields", "Owner ministry")},
    {"due", QT_TRANSLATE_NOOP("RecordFields", "Due")},
    {"progress", QT_TRANSLATE_NOOP("RecordFields", "Progress")},
    {"name", QT_TRANSLATE_NOOP("RecordFields", "Name")},
    {"lead", QT_TRANSLATE_NOOP("RecordFields", "Lead")},
    {"members", QT_TRANSLATE_NOOP("RecordFields", "Members")},
    {"start", QT_TRANSLATE_NOOP("RecordFields", "Start")},
    {"end", QT_TRANSLATE_NOOP("RecordFields", "End")},
    {"fiscal_year", QT_TRANSLATE_NOOP("RecordFields", "Fiscal year")},
    {"parent", QT_TRANSLATE_NOOP("RecordFields", "Parent line")},
    {"category", QT_TRANSLATE_NOOP("RecordFields", "Category")},
    {"region", QT_TRANSLATE_NOOP("RecordFields", "Region")},
    {"proposal", QT_TRANSLATE_NOOP("RecordFields", "Proposal")},
    {"enacted", QT_TRANSLATE_NOOP("RecordFields", "Enacted")},
    {"revised", QT_TRANSLATE_NOOP("RecordFields", "Revised")},
    {"executed", QT_TRANSLATE_NOOP("RecordFields", "Executed")},
    {"unit", QT_TRANSLATE_NOOP("RecordFields", "Unit")},
    {"unit_en", QT_TRANSLATE_NOOP("RecordFields", "Unit (English)")},
    {"partners", QT_TRANSLATE_NOOP("RecordFields", "Partners")},
    {"amount", QT_TRANSLATE_NOOP("RecordFields", "Amount")},
    {"date", QT_TRANSLATE_NOOP("RecordFields", "Date")},
    {"ministries", QT_TRANSLATE_NOOP("RecordFields", "Ministries")},
    {"links", QT_TRANSLATE_NOOP("RecordFields", "Links")},
    {"mandate", QT_TRANSLATE_NOOP("RecordFields", "Mandate")},
    {"active_caio", QT_TRANSLATE_NOOP("RecordFields", "Active CAIO")},
    {"baseline", QT_TRANSLATE_NOOP("RecordFields", "Baseline")},
    {"deliverables", QT_TRANSLATE_NOOP("RecordFields", "Deliverables")},
    {"evidence", QT_TRANSLATE_NOOP("RecordFields", "Evidence")},
    {"observations", QT_TRANSLATE_NOOP("RecordFields", "Observations")},
    {"overrun_noted", QT_TRANSLATE_NOOP("RecordFields", "Overrun noted")},
    {"sample", QT_TRANSLATE_NOOP("RecordFields", "Sample (illustrative)")},
    {"targets", QT_TRANSLATE_NOOP("RecordFields", "Targets")},
    {"text", QT_TRANSLATE_NOOP("RecordFields", "Text")},
};

// How choice values read, translated in the "RecordChoices" context.
const char* const kChoiceTitles[][2] = {
    {"one-team", QT_TRANSLATE_NOOP("RecordChoices", "One Team")},
    {"gpu-foundation-model", QT_TRANSLATE_NOOP("RecordChoices", "200,000 GPUs: foundation model")},
    {"physical-ai", QT_TRANSLATE_NOOP("RecordChoices", "Physical AI")},
    {"ai-basic-society", QT_TRANSLATE_NOOP("RecordChoices", "AI basic society")},
    {"overseas-partnerships", QT_TRANSLATE_NOOP("RecordChoices", "Overseas partnerships")},
    {"draft", QT_TRANSLATE_NOOP("RecordChoices", "Draft")},
    {"adopted", QT_TRANSLATE_NOOP("RecordChoices", "Adopted")},
    {"in-execution", QT_TRANSLATE_NOOP("RecordChoices", "In execution")},
    {"completed", QT_TRANSLATE_NOOP("RecordChoices", "Completed")},
    {"superseded", QT_TRANSLATE_NOOP("RecordChoices", "Superseded")},
    {"withdrawn", QT_TRANSLATE_NOOP("RecordChoices", "Withdrawn")},
    {"not-started", QT_TRANSLATE_NOOP("RecordChoices", "Not started")},
    {"in-progress", QT_TRANSLATE_NOOP("RecordChoices", "In progress")},
    {"blocked", QT_TRANSLATE_NOOP("RecordChoices", "Blocked")},
    {"cancelled", QT_TRANSLATE_NOOP("RecordChoices", "Cancelled")},
    {"vice-minister", QT_TRANSLATE_NOOP("RecordChoices", "Vice-minister level")},
    {"director-general", QT_TRANSLATE_NOOP("RecordChoices", "Director-general level")},
    {"other", QT_TRANSLATE_NOOP("RecordChoices", "Other")},
    {"active", QT_TRANSLATE_NOOP("RecordChoices", "Active")},
    {"ended", QT_TRANSLATE_NOOP("RecordChoices", "Ended")},
    {"ministry", QT_TRANSLATE_NOOP("RecordChoices", "Ministry")},
    {"agency", QT_TRANSLATE_NOOP("RecordChoices", "Agency")},
    {"office", QT_TRANSLATE_NOOP("RecordChoices", "Office")},
    {"committee", QT_TRANSLATE_NOOP("RecordChoices", "Committee")},
    {"council", QT_TRANSLATE_NOOP("RecordChoices", "Council")},
    {"ax", QT_TRANSLATE_NOOP("RecordChoices", "AI transition (AX)")},
    {"gpu", QT_TRANSLATE_NOOP("RecordChoices", "GPU")},
    {"foundation-model", QT_TRANSLATE_NOOP("RecordChoices", "Foundation model")},
    {"talent", QT_TRANSLATE_NOOP("RecordChoices", "Talent")},
    {"data-center", QT_TRANSLATE_NOOP("RecordChoices", "Data center")},
    {"investment", QT_TRANSLATE_NOOP("RecordChoices", "Investment")},
    {"cooperation", QT_TRANSLATE_NOOP("RecordChoices", "Cooperation")},
    {"event", QT_TRANSLATE_NOOP("RecordChoices", "Event")},
    {"planned", QT_TRANSLATE_NOOP("RecordChoices", "Planned")},
    {"done", QT_TRANSLATE_NOOP("RecordChoices", "Done")},
};

} // namespace

const char* RecordLabels::choiceSource(const QString& value)
{
    for (const auto& entry : kChoiceTitles) {
        if (value == QLatin1String(entry[0])) {
            return entry[1];
        }
    }
    return nullptr;
}

const char* RecordLabels::fieldSource(const QString& name)
{
    for (const auto& entry : kFieldTitles) {
        if (name == QLatin1String(entry[0])) {
            return entry[1];
        }
    }
    return nullptr;
}

QString RecordLabels::choice(const QString& value)
{
    for (const auto& entry : kChoiceTitles) {
        if (value == QLatin1String(entry[0])) {
            return QCoreApplication::translate("RecordChoices", entry[1]);
        }
    }
    return value;
}

QString RecordLabels::field(const QString& name)
{
    for (const auto& entry : kFieldTitles) {
        if (name == QLatin1String(entry[0])) {
            return QCoreApplication::translate("RecordFields", entry[1]);
        }
    }
    return name;
}

QString RecordLabels::recordName(const StoredRecord& record)
{
    const QString code = record.fields.value(QStringLiteral("code")).toString();
    if (!code.isEmpty()) {
        return code;
    }
    const QString title = titleOf(record);
    return title.isEmpty() ? record.id : title;
}

QString RecordLabels::titleOf(const StoredRecord& record)
{
    const RecordType* type = RecordType::find(record.type);
    if (!type) {
        return {};
    }
    QString text;
    const QString label = QLatin1String(type->labelField);
    // Korean or English, whichever the user reads, when the record has both.
    const bool korean = QLocale().language() == QLocale::Korean;
    for (const QString& suffix : {QStringLiteral("_ko"), QStringLiteral("_en")}) {
        if (label.endsWith(suffix)) {
            const QString base = label.left(label.size() - 3);
            text = record.fields.value(base + (korean ? QStringLiteral("_ko") : QStringLiteral("_en")))
                       .toString();
        }
    }
    // A record named in one language may carry an English name beside it (an
    // indicator's name and name_en): English readers get that one.
    if (text.isEmpty() && !korean && !label.endsWith(QStringLiteral("_ko"))) {
        text = record.fields.value(label + QStringLiteral("_en")).toString();
    }
    if (text.isEmpty()) {
        text = record.fields.value(label).toString();
    }
    return text;
}

} // namespace oneteam
