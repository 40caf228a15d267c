#include "SampleDataset.h"

#include "RecordService.h"

#include <QJsonArray>
#include <QUuid>

namespace oneteam {

namespace {

// Stable ids: a name-based UUID (v5) under OneTeam's sample namespace.
QString sampleId(const QString& key)
{
    static const QUuid ns(QStringLiteral("6f1c2b7e-2f55-4d8a-9d8e-0e7b3f1a9c42"));
    return QUuid::createUuidV5(ns, key).toString(QUuid::WithoutBraces);
}

QJsonObject with(QJsonObject fields, const QString& key)
{
    fields.insert(QStringLiteral("id"), sampleId(key));
    return fields;
}

QJsonArray points(std::initializer_list<std::pair<const char*, double>> list)
{
    QJsonArray array;
    for (const auto& [date, value] : list) {
        array.append(
            QJsonObject{{QStringLiteral("date"), QLatin1String(date)}, {QStringLiteral("value"), value}});
    }
    return array;
}

constexpr qint64 kJo = 1'000'000'000'000LL; // 조: 10^12 won
constexpr qint64 kEok = 100'000'000LL;      // 억: 10^8 won

} // namespace

QList<SampleDataset::Entry> SampleDataset::entries()
{
    QList<Entry> out;
    const auto add = [&out](const char* type, const QString& key, QJsonObject fields) {
        out.append({QLatin1String(type), with(std::move(fields), key)});
    };
    const auto ministry = [](const char* code) {
        return sampleId(QStringLiteral("ministry:") + QLatin1String(code));
    };

    // Bodies and ministries (FACTS.md, "Bodies" and "Ministries").
    add("ministry", QStringLiteral("ministry:NAISC"),
        {{QStringLiteral("code"), QStringLiteral("NAISC")},
         {QStringLiteral("name_ko"), QStringLiteral("국가인공지능전략위원회")},
         {QStringLiteral("name_en"), QStringLiteral("National AI Strategy Committee")},
         {QStringLiteral("kind"), QStringLiteral("committee")}});
    add("ministry", QStringLiteral("ministry:CAIOC"),
        {{QStringLiteral("code"), QStringLiteral("CAIOC")},
         {QStringLiteral("name_ko"), QStringLiteral("정부 AI책임관 협의회")},
         {QStringLiteral("name_en"), QStringLiteral("Council of government AI officers")},
         {QStringLiteral("kind"), QStringLiteral("council")}});
    const char* ministries[][3] = {
        {"MOEF", "기획재정부", "Economy and Finance"},
        {"MOE", "교육부", "Education"},
        {"MSIT", "과학기술정보통신부", "Science and ICT"},
        {"MOFA", "외교부", "Foreign Affairs"},
        {"MOU", "통일부", "Unification"},
        {"MOJ", "법무부", "Justice"},
        {"MND", "국방부", "National Defense"},
        {"MOIS", "행정안전부", "Interior and Safety"},
        {"MPVA", "국가보훈부", "Patriots and Veterans Affairs"},
        {"MCST", "문화체육관광부", "Culture, Sports and Tourism"},
        {"MAFRA", "농림축산식품부", "Agriculture, Food and Rural Affairs"},
        {"MOTIE", "산업통상자원부", "Trade, Industry and Energy"},
        {"MOHW", "보건복지부", "Health and Welfare"},
        {"ME", "환경부", "Environment"},
        {"MOEL", "고용노동부", "Employment and Labor"},
        {"MOGEF", "여성가족부", "Gender Equality and Family"},
        {"MOLIT", "국토교통부", "Land, Infrastructure and Transport"},
        {"MOF", "해양수산부", "Oceans and Fisheries"},
        {"MSS", "중소벤처기업부", "SMEs and Startups"},
    };
    for (const auto& m : ministries) {
        add("ministry", QStringLiteral("ministry:") + QLatin1String(m[0]),
            {{QStringLiteral("code"), QLatin1String(m[0])},
             {QStringLiteral("name_ko"), QString::fromUtf8(m[1])},
             {QStringLiteral("name_en"), QLatin1String(m[2])},
             {QStringLiteral("kind"), QStringLiteral("ministry")}});
    }

    // People the facts name, and nobody else.
    const char* people[][5] = {
        {"lee", "이재명", "Lee Jae-myung", "President", nullptr},
        {"im", "임문영", "Im Moon-young", "Standing vice chair, National AI Strategy Committee", "NAISC"},
        {"ha", "하정우", "Ha Jung-woo",
         "Senior Secretary for AI Future Planning; national Chief AI Officer; chair of the council of "
         "government AI "
         "officers",
         "CAIOC"},
        {"bae", "배경훈", "Bae Kyung-hun", "Minister of Science and ICT", "MSIT"},
        {"ryu", "류제명", "Ryu Je-myung", "Second Vice Minister of Science and ICT", "MSIT"},
        {"koo", "구윤철", "Koo Yoon-cheol", "Deputy Prime Minister and Minister of Economy and Finance",
         "MOEF"},
    };
    for (const auto& p : people) {
        QJsonObject fields{{QStringLiteral("name_ko"), QString::fromUtf8(p[1])},
                           {QStringLiteral("name_en"), QLatin1String(p[2])},
                           {QStringLiteral("title"), QLatin1String(p[3])}};
        if (p[4]) {
            fields.insert(QStringLiteral("organisation"), ministry(p[4]));
        }
        add("person", QStringLiteral("person:") + QLatin1String(p[0]), fields);
    }

    // Task forces added under the committee. Free text is in Korean, the committee's
    // working language (fields with _ko and _en carry both).
    const char* taskforces[][3] = {
        {"education", "교육 분과",
         "초·중·고 학생과 일반 국민을 위한 AI 소양 교육 (AI literacy education for elementary and "
         "secondary students and the general public)"},
        {"security", "보안 분과",
         "AI 악용에 관한 시급한 현안 대응 (responses to pressing issues regarding "
         "the malicious use of AI)"},
        {"regions", "지역 분과", "지역 기반 AI 사업과 정책 (region-based AI projects and policies)"},
    };
    for (const auto& t : taskforces) {
        add("taskforce", QStringLiteral("taskforce:") + QLatin1String(t[0]),
            {{QStringLiteral("name"), QString::fromUtf8(t[1])},
             {QStringLiteral("mandate"), QString::fromUtf8(t[2])},
             {QStringLiteral("lead"), ministry("NAISC")}});
    }

    // Budget, fiscal year 2026. The proposal (August 2025) by programme: 10.1조 in all.
    const auto budget = [&add](const char* key, QJsonObject fields) {
        fields.insert(QStringLiteral("fiscal_year"), 2026);
        add("budget", QStringLiteral("budget:") + QLatin1String(key), fields);
    };
    budget("ax", {{QStringLiteral("name_ko"), QStringLiteral("AI 전환(AX) 사업")},
                  {QStringLiteral("name_en"), QStringLiteral("AI transition (AX) projects")},
                  {QStringLiteral("category"), QStringLiteral("ax")},
                  {QStringLiteral("keyword"), QStringLiteral("ai-basic-society")},
                  {QStringLiteral("proposal"), 2 * kJo + 6000 * kEok}});
    budget("physical-ai-jeonbuk",
           {{QStringLiteral("name_ko"), QStringLiteral("피지컬 AI 국가사업 (전북)")},
            {QStringLiteral("name_en"), QStringLiteral("Physical AI national project (North Jeolla)")},
            {QStringLiteral("category"), QStringLiteral("physical-ai")},
            {QStringLiteral("keyword"), QStringLiteral("physical-ai")},
            {QStringLiteral("region"), QStringLiteral("North Jeolla")},
            {QStringLiteral("proposal"), 1 * kJo}});
    budget("physical-ai-gyeongnam",
           {{QStringLiteral("name_ko"), QStringLiteral("피지컬 AI 국가사업 (경남)")},
            {QStringLiteral("name_en"), QStringLiteral("Physical AI national project (South Gyeongsang)")},
            {QStringLiteral("category"), QStringLiteral("physical-ai")},
            {QStringLiteral("keyword"), QStringLiteral("physical-ai")},
            {QStringLiteral("region"), QStringLiteral("South Gyeongsang")},
            {QStringLiteral("proposal"), 1 * kJo}});
    budget("proposal-other",
           {{QStringLiteral("name_ko"), QStringLiteral("그 밖의 AI 관련 사업 (정부안 잔액)")},
            {QStringLiteral("name_en"), QStringLiteral("Other AI programmes (rest of the proposal)")},
            {QStringLiteral("category"), QStringLiteral("other")},
            {QStringLiteral("proposal"), 5 * kJo + 5000 * kEok},
            {QStringLiteral("sample"), true}});
    // Enacted (committee release, March 2026) by ministry: 9.9조 in all.
    const auto enacted = [&](const char* code, const char* ko, const char* en, qint64 amount, bool sample) {
        QJsonObject fields{{QStringLiteral("name_ko"), QString::fromUtf8(ko)},
                           {QStringLiteral("name_en"), QLatin1String(en)},
                           {QStringLiteral("enacted"), amount}};
        if (code) {
            fields.insert(QStringLiteral("ministry"), ministry(code));
        }
        if (sample) {
            fields.insert(QStringLiteral("sample"), true);
        }
        const QByteArray key = QByteArray("enacted-") + QByteArray(code ? code : "other");
        budget(key.constData(), fields);
    };
    enacted("MSIT", "과학기술정보통신부 AI 예산 (확정)", "MSIT AI budget (enacted)", 5 * kJo + 1000 * kEok,
            false);
    enacted("MOTIE", "산업통상자원부 AI 예산 (확정)", "MOTIE AI budget (enacted)", 1 * kJo + 7000 * kEok,
            false);
    enacted("MSS", "중소벤처기업부 AI 예산 (확정)", "MSS AI budget (enacted)", 9000 * kEok, false);
    enacted(nullptr, "그 밖의 부처 AI 예산 (확정 잔액)", "Other ministries (rest of the enacted total)",
            2 * kJo + 2000 * kEok, true);

    // GPUs secured: about 20,000 now; 50,000 early (the date is an assumption); 200,000 by 2030.
    add("indicator", QStringLiteral("indicator:gpu"),
        {{QStringLiteral("name"), QStringLiteral("GPU 확보량")},
         {QStringLiteral("name_en"), QStringLiteral("GPUs secured")},
         {QStringLiteral("unit"), QStringLiteral("장")},
         {QStringLiteral("unit_en"), QStringLiteral("GPUs")},
         {QStringLiteral("baseline"), points({{"2025-09-01", 20000}})},
         {QStringLiteral("targets"), points({{"2026-12-31", 50000}, {"2030-12-31", 200000}})},
         {QStringLiteral("observations"), points({{"2025-09-01", 20000}})}});

    // Partnerships and events (month-only dates use the 1st).
    const auto partnership = [&add](const char* key, QJsonObject fields) {
        add("partnership", QStringLiteral("partnership:") + QLatin1String(key), fields);
    };
    partnership("sk-aws", {{QStringLiteral("partners"),
                            QJsonArray{QStringLiteral("SK Group"), QStringLiteral("Amazon Web Services")}},
                           {QStringLiteral("kind"), QStringLiteral("data-center")},
                           {QStringLiteral("title"), QStringLiteral("울산 AI 데이터센터 착공")},
                           {QStringLiteral("date"), QStringLiteral("2025-06-01")},
                           {QStringLiteral("status"), QStringLiteral("in-progress")}});
    partnership("blackrock",
                {{QStringLiteral("partners"), QJsonArray{QStringLiteral("BlackRock")}},
                 {QStringLiteral("kind"), QStringLiteral("investment")},
                 {QStringLiteral("title"), QStringLiteral("수십조 원 규모 대한민국 투자 (뉴욕 면담)")},
                 {QStringLiteral("date"), QStringLiteral("2025-09-01")},
                 {QStringLiteral("status"), QStringLiteral("planned")}});
    partnership("openai",
                {{QStringLiteral("partners"),
                  QJsonArray{QStringLiteral("OpenAI"), QStringLiteral("Kakao"), QStringLiteral("SK Telecom"),
                             QStringLiteral("KRAFTON"), QStringLiteral("Yanolja"), QStringLiteral("Cafe24")}},
                 {QStringLiteral("kind"), QStringLiteral("office")},
                 {QStringLiteral("title"), QStringLiteral("OpenAI 한국 사무소 개설과 국내 기업 협력")}});
    partnership("unga", {{QStringLiteral("partners"), QJsonArray{QStringLiteral("United Nations")}},
                         {QStringLiteral("kind"), QStringLiteral("event")},
                         {QStringLiteral("title"), QStringLiteral("제80차 유엔총회 \"모두를 위한 AI\" 연설")},
                         {QStringLiteral("date"), QStringLiteral("2025-09-23")},
                         {QStringLiteral("status"), QStringLiteral("done")}});
    partnership("g3-forum", {{QStringLiteral("partners"), QJsonArray{QStringLiteral("National Assembly")}},
                             {QStringLiteral("kind"), QStringLiteral("event")},
                             {QStringLiteral("title"), QStringLiteral("AI G3 신기술 전략 조찬 포럼")},
                             {QStringLiteral("date"), QStringLiteral("2025-09-24")},
                             {QStringLiteral("status"), QStringLiteral("done")}});
    partnership("apec", {{QStringLiteral("partners"), QJsonArray{QStringLiteral("APEC")}},
                         {QStringLiteral("kind"), QStringLiteral("event")},
                         {QStringLiteral("title"), QStringLiteral("경주 APEC 정상회의: APEC AI 이니셔티브")},
                         {QStringLiteral("date"), QStringLiteral("2025-10-01")},
                         {QStringLiteral("status"), QStringLiteral("done")}});

    add("milestone", QStringLiteral("milestone:action-plan"),
        {{QStringLiteral("title"), QStringLiteral("구체적 AI 실행계획")},
         {QStringLiteral("due"), QStringLiteral("2025-11-30")},
         {QStringLiteral("status"), QStringLiteral("planned")}});

    // An illustrative resolution and its actions: the facts name the powers, not a resolution.
    add("resolution", QStringLiteral("resolution:public-data"),
        {{QStringLiteral("number"), QStringLiteral("SAMPLE-1")},
         {QStringLiteral("title_ko"), QStringLiteral("공공데이터 개방에 관한 부처 간 조정")},
         {QStringLiteral("title_en"), QStringLiteral("Coordinating ministries on opening public data")},
         {QStringLiteral("keyword"), QStringLiteral("one-team")},
         {QStringLiteral("status"), QStringLiteral("draft")},
         {QStringLiteral("lead_ministry"), ministry("MSIT")},
         {QStringLiteral("cooperating_ministries"), QJsonArray{ministry("MOIS")}},
         {QStringLiteral("sample"), true}});
    add("action", QStringLiteral("action:public-data-msit"),
        {{QStringLiteral("resolution"), sampleId(QStringLiteral("resolution:public-data"))},
         {QStringLiteral("description"), QStringLiteral("우선 개방할 데이터셋 목록 작성")},
         {QStringLiteral("owner_ministry"), ministry("MSIT")},
         {QStringLiteral("due"), QStringLiteral("2025-12-31")},
         {QStringLiteral("status"), QStringLiteral("in-progress")},
         {QStringLiteral("progress"), 30},
         {QStringLiteral("sample"), true}});
    add("action", QStringLiteral("action:public-data-mois"),
        {{QStringLiteral("resolution"), sampleId(QStringLiteral("resolution:public-data"))},
         {QStringLiteral("description"), QStringLiteral("개방 데이터셋 보안 검토 합의")},
         {QStringLiteral("owner_ministry"), ministry("MOIS")},
         {QStringLiteral("due"), QStringLiteral("2025-11-15")},
         {QStringLiteral("status"), QStringLiteral("not-started")},
         {QStringLiteral("progress"), 0},
         {QStringLiteral("sample"), true}});
    return out;
}

int SampleDataset::load(RecordService& service, QString* error)
{
    int written = 0;
    for (const Entry& entry : entries()) {
        auto result = service.put(entry.type, entry.fields);
        if (const auto* failure = std::get_if<RecordError>(&result)) {
            *error = failure->message;
            return -1;
        }
        ++written;
    }
    return written;
}

QString SampleDataset::idOf(const QString& key)
{
    return sampleId(key);
}

} // namespace oneteam
