#include "CaioCoverage.h"

namespace oneteam {

Result<CaioCoverage> CaioCoverage::compute(const RecordStore& store)
{
    CaioCoverage coverage;
    auto ministries = store.list({QStringLiteral("ministry")});
    if (!ministries) {
        return ministries.error();
    }
    auto caios = store.list({QStringLiteral("caio")});
    if (!caios) {
        return caios.error();
    }
    for (const StoredRecord& caio : *caios) {
        if (caio.fields.value(QStringLiteral("status")).toString() == QLatin1String("active")) {
            coverage.activeCaio.insert(caio.fields.value(QStringLiteral("ministry")).toString(), caio);
        }
    }
    for (const StoredRecord& ministry : *ministries) {
        if (ministry.fields.value(QStringLiteral("kind")).toString() != QLatin1String("ministry")) {
            continue;
        }
        coverage.ministries.append(ministry);
        const auto caio = coverage.activeCaio.constFind(ministry.id);
        if (caio == coverage.activeCaio.constEnd()) {
            coverage.vacant.append(ministry.id);
        } else if (caio->fields.value(QStringLiteral("rank")).toString() == QLatin1String("other")) {
            coverage.rankFlagged.append(ministry.id);
        }
    }
    return coverage;
}

} // namespace oneteam
