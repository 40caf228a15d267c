#include "VaultCommands.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace oneteam {

namespace {

// Parses "--kdf log2N,r,p"; costs below the default floor need ONETEAM_ALLOW_WEAK_KDF=1
// (tests and very small machines), never silently.
bool parseKdf(const QString& text, KdfParams* params, QString* error)
{
    const QStringList parts = text.split(QLatin1Char(','));
    bool ok[3] = {false, false, false};
    if (parts.size() == 3) {
        params->log2N = std::uint8_t(parts[0].toUInt(&ok[0]));
        params->r = parts[1].toUInt(&ok[1]);
        params->p = parts[2].toUInt(&ok[2]);
    }
    if (parts.size() != 3 || !ok[0] || !ok[1] || !ok[2] || !Kdf::withinLimits(*params)) {
        *error = VaultCommands::tr("--kdf takes log2(N),r,p within 10..22, 1..32, 1..16 (e.g. 17,8,1).");
        return false;
    }
    if ((params->log2N < Kdf::kMinimumDefault.log2N || params->r < Kdf::kMinimumDefault.r) &&
        qEnvironmentVariable("ONETEAM_ALLOW_WEAK_KDF") != QLatin1String("1")) {
        *error = VaultCommands::tr("--kdf below 17,8,1 weakens the vault against guessing; set "
                                   "ONETEAM_ALLOW_WEAK_KDF=1 if you really mean it.");
        return false;
    }
    return true;
}

bool parse(CliContext& context, QCommandLineParser& parser, const QStringList& args, ExitCode* code)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("oneteam-cli")} + args)) {
        *code = context.usage(parser.errorText());
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *code = context.usage(
            VaultCommands::tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));
        return false;
    }
    return true;
}

void printJson(CliContext& context, const QJsonObject& object)
{
    context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    context.out.flush();
}

} // namespace

ExitCode VaultCommands::init(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption nameOption(QStringLiteral("site-name"), tr("this site's name"),
                                        QStringLiteral("NAME"));
    const QCommandLineOption roleOption(QStringLiteral("role"), tr("secretariat, ministry:CODE or auditor"),
                                        QStringLiteral("ROLE"));
    const QCommandLineOption journalOption(QStringLiteral("journal"), tr("wal (default) or rollback"),
                                           QStringLiteral("MODE"), QStringLiteral("wal"));
    const QCommandLineOption kdfOption(QStringLiteral("kdf"), tr("scrypt cost log2N,r,p"),
                                       QStringLiteral("COST"));
    parser.addOptions({nameOption, roleOption, journalOption, kdfOption});
    ExitCode code = ExitCode::Success;
    if (!parse(context, parser, args, &code)) {
        return code;
    }
    if (context.vaultPath.isEmpty()) {
        return context.usage(tr("Where should the vault go? Use --vault PATH or set ONETEAM_VAULT."));
    }
    if (!parser.isSet(nameOption) || !parser.isSet(roleOption)) {
        return context.usage(tr("init needs --site-name NAME and --role secretariat|ministry:CODE|auditor."));
    }
    VaultOptions options;
    const QString journal = parser.value(journalOption);
    if (journal != QLatin1String("wal") && journal != QLatin1String("rollback")) {
        return context.usage(tr("--journal is wal or rollback, not '%1'.").arg(journal));
    }
    options.journal =
        journal == QLatin1String("wal") ? VaultOptions::Journal::Wal : VaultOptions::Journal::Rollback;
    if (parser.isSet(kdfOption)) {
        QString error;
        if (!parseKdf(parser.value(kdfOption), &options.kdf, &error)) {
            return context.usage(error);
        }
    } else {
        options.kdf = Kdf::calibrate();
    }
    const SiteInfo site{QString(), parser.value(nameOption), parser.value(roleOption)};
    if (!SiteInfo::isValidRole(site.role)) {
        return context.usage(
            tr("--role must be secretariat, auditor or ministry:CODE (e.g. ministry:MSIT), not "
               "'%1'.")
                .arg(site.role));
    }
    auto passphrase = context.passphrase(true);
    if (!passphrase) {
        return context.fail(passphrase.error());
    }
    auto vault = Vault::create(context.vaultPath, *passphrase, site, options);
    if (!vault) {
        return context.fail(vault.error());
    }
    const auto local = (*vault)->localSite();
    if (context.json) {
        printJson(context, {{QStringLiteral("path"), (*vault)->path()},
                            {QStringLiteral("site_id"), local ? local->id : QString()},
                            {QStringLiteral("site_name"), site.name},
                            {QStringLiteral("role"), site.role}});
    } else {
        context.out << tr("Created the vault %1 for %2 (%3).").arg((*vault)->path(), site.name, site.role)
                    << Qt::endl;
    }
    return ExitCode::Success;
}

ExitCode VaultCommands::info(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    ExitCode code = ExitCode::Success;
    if (!parse(context, parser, args, &code)) {
        return code;
    }
    auto vault = context.openVault();
    if (!vault) {
        return context.fail(vault.error());
    }
    auto site = (*vault)->localSite();
    auto version = (*vault)->schemaVersion();
    if (!site || !version) {
        return context.fail(site ? version.error() : site.error());
    }
    const KdfParams kdf = (*vault)->passphraseKdf();
    if (context.json) {
        printJson(context,
                  {{QStringLiteral("path"), (*vault)->path()},
                   {QStringLiteral("site_id"), site->id},
                   {QStringLiteral("site_name"), site->name},
                   {QStringLiteral("role"), site->role},
                   {QStringLiteral("schema_version"), *version},
                   {QStringLiteral("recovery_key"), (*vault)->hasRecoveryKey()},
                   {QStringLiteral("kdf"),
                    QStringLiteral("scrypt N=2^%1 r=%2 p=%3").arg(kdf.log2N).arg(kdf.r).arg(kdf.p)}});
        return ExitCode::Success;
    }
    context.out << tr("Vault: %1").arg((*vault)->path()) << Qt::endl
                << tr("Site: %1 (%2)").arg(site->name, site->id) << Qt::endl
                << tr("Role: %1").arg(site->role) << Qt::endl
                << tr("Schema version: %1").arg(*version) << Qt::endl
                << tr("Passphrase: scrypt N=2^%1, r=%2, p=%3").arg(kdf.log2N).arg(kdf.r).arg(kdf.p)
                << Qt::endl
                << ((*vault)->hasRecoveryKey() ? tr("Recovery key: set") : tr("Recovery key: none"))
                << Qt::endl;
    return ExitCode::Success;
}

ExitCode VaultCommands::passwd(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption newFileOption(
        QStringLiteral("new-passphrase-file"),
        tr("read the new passphrase from FILE (or ONETEAM_NEW_PASSPHRASE)"), QStringLiteral("FILE"));
    const QCommandLineOption kdfOption(QStringLiteral("kdf"), tr("scrypt cost log2N,r,p"),
                                       QStringLiteral("COST"));
    parser.addOptions({newFileOption, kdfOption});
    ExitCode code = ExitCode::Success;
    if (!parse(context, parser, args, &code)) {
        return code;
    }
    KdfParams kdf;
    if (parser.isSet(kdfOption)) {
        QString error;
        if (!parseKdf(parser.value(kdfOption), &kdf, &error)) {
            return context.usage(error);
        }
    }
    auto vault = context.openVault();
    if (!vault) {
        return context.fail(vault.error());
    }
    auto secret = context.newPassphrase(parser.value(newFileOption));
    if (!secret) {
        return context.fail(secret.error());
    }
    if (!parser.isSet(kdfOption)) {
        kdf = Kdf::calibrate();
    }
    if (Status changed = (*vault)->changePassphrase(*secret, kdf); !changed) {
        return context.fail(changed.error());
    }
    context.out << tr("The passphrase was changed. The old one no longer opens this vault file (copies made "
                      "before the change still open with it).")
                << Qt::endl;
    return ExitCode::Success;
}

ExitCode VaultCommands::addRecoveryKey(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    ExitCode code = ExitCode::Success;
    if (!parse(context, parser, args, &code)) {
        return code;
    }
    auto vault = context.openVault();
    if (!vault) {
        return context.fail(vault.error());
    }
    const bool replacing = (*vault)->hasRecoveryKey();
    auto key = (*vault)->addRecoveryKey();
    if (!key) {
        return context.fail(key.error());
    }
    if (context.json) {
        printJson(context, {{QStringLiteral("recovery_key"), *key}, {QStringLiteral("replaced"), replacing}});
    } else {
        context.out
            << tr("Recovery key (write it down and keep it apart from the computer):") << Qt::endl
            << Qt::endl
            << QStringLiteral("    ") << *key << Qt::endl
            << Qt::endl
            << (replacing ? tr("It replaces the earlier recovery key, which no longer opens this vault file.")
                          : tr("It opens the vault with --recovery-key-file if the passphrase is lost."))
            << Qt::endl;
    }
    return ExitCode::Success;
}

ExitCode VaultCommands::removeRecoveryKey(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    ExitCode code = ExitCode::Success;
    if (!parse(context, parser, args, &code)) {
        return code;
    }
    auto vault = context.openVault();
    if (!vault) {
        return context.fail(vault.error());
    }
    if (Status removed = (*vault)->removeRecoveryKey(); !removed) {
        return context.fail(removed.error());
    }
    context.out << tr("The recovery key was removed; only the passphrase opens the vault now.") << Qt::endl;
    return ExitCode::Success;
}

} // namespace oneteam
