<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>Audit</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Conflict settled</source>
        <translation>Conflict settled</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Bundle imported</translation>
    </message>
    <message>
        <source>Joined the network</source>
        <translation>Joined the network</translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>Bundle exported</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Report exported</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Audit log exported</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <source>Recovery key added</source>
        <translation>Recovery key added</translation>
    </message>
    <message>
        <source>Recovery key removed</source>
        <translation>Recovery key removed</translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation>Failed unlock</translation>
    </message>
    <message>
        <source>Site trusted</source>
        <translation>Site trusted</translation>
    </message>
    <message>
        <source>Site no longer trusted</source>
        <translation>Site no longer trusted</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Vault created</translation>
    </message>
    <message>
        <source>Audit log started</source>
        <translation>Audit log started</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3: %4</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1: %2 (%3, %4)</translation>
    </message>
    <message>
        <source>%1 with the %2 at %3</source>
        <translation>%1 with the %2 at %3</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>recovery key</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>passphrase</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 for %2 (%3)</source>
        <translation>%1 for %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (the vault held %n changes before)</source>
        <translation>
            <numerusform>%1 (the vault held %n change before)</numerusform>
            <numerusform>%1 (the vault held %n changes before)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>BROKEN: %1</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>deletion</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>intact, %n entries, not signed yet (signed when the log leaves the vault)</source>
        <translation>
            <numerusform>intact, %n entry, not signed yet (signed when the log leaves the vault)</numerusform>
            <numerusform>intact, %n entries, not signed yet (signed when the log leaves the vault)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>intact, %n entries, all signed</source>
        <translation>
            <numerusform>intact, %n entry, all signed</numerusform>
            <numerusform>intact, %n entries, all signed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>intact, %n entries, signed up to entry %1</source>
        <translation>
            <numerusform>intact, %n entry, signed up to entry %1</numerusform>
            <numerusform>intact, %n entries, signed up to entry %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more attempts, the last at %2</source>
        <translation>
            <numerusform>%1: %n more attempt, at %2</numerusform>
            <numerusform>%1: %n more attempts, the last at %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with the %2 at %3, asked again before a change of keys</source>
        <translation>%1 with the %2 at %3, asked again before a change of keys</translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2 (%3): %n change(s) applied (refused: %4, conflicts: %5)</source>
        <translation>
            <numerusform>%1 from %2 (%3): %n change applied (refused: %4, conflicts: %5)</numerusform>
            <numerusform>%1 from %2 (%3): %n changes applied (refused: %4, conflicts: %5)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for %2 (%3): %n change(s)</source>
        <translation>
            <numerusform>%1 for %2 (%3): %n change</numerusform>
            <numerusform>%1 for %2 (%3): %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept changes taken up</source>
        <translation>Kept changes taken up</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n change(s) applied (refused: %3)</source>
        <translation>
            <numerusform>%1 (%2): %n change applied (refused: %3)</numerusform>
            <numerusform>%1 (%2): %n changes applied (refused: %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>The vault is locked; unlock it first.</translation>
    </message>
    <message>
        <source>entry %1 names another site (%2)</source>
        <translation>entry %1 names another site (%2)</translation>
    </message>
    <message>
        <source>entries %1 and %2 are out of order</source>
        <translation>entries %1 and %2 are out of order</translation>
    </message>
    <message>
        <source>entry %1 is missing</source>
        <translation>entry %1 is missing</translation>
    </message>
    <message>
        <source>entry %1 (%2, %3) was altered: it does not match its chain</source>
        <translation>entry %1 (%2, %3) was altered: it does not match its chain</translation>
    </message>
    <message>
        <source>the head (%1 entries) does not match the %2 entries held</source>
        <translation>the head (%1 entries) does not match the %2 entries held</translation>
    </message>
    <message>
        <source>the signed head (entry %1) does not match the entries</source>
        <translation>the signed head (entry %1) does not match the entries</translation>
    </message>
    <message>
        <source>the signature on its head (entry %1) is not the site&apos;s</source>
        <translation>the signature on its head (entry %1) is not the site&apos;s</translation>
    </message>
    <message>
        <source>This vault has no site identity.</source>
        <translation>This vault has no site identity.</translation>
    </message>
    <message>
        <source>The audit log could not be signed.</source>
        <translation>The audit log could not be signed.</translation>
    </message>
    <message>
        <source>This is not a readable OneTeam audit log (%1).</source>
        <translation>This is not a readable OneTeam audit log (%1).</translation>
    </message>
    <message>
        <source>its signature block is missing</source>
        <translation>its signature block is missing</translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation>byte %1: %2</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unknown format</translation>
    </message>
    <message>
        <source>its roster is not signed by its root</source>
        <translation>its roster is not signed by its root</translation>
    </message>
    <message>
        <source>The log&apos;s keys lead to fingerprint %1, not to the one given (%2).</source>
        <translation>The log&apos;s keys lead to fingerprint %1, not to the one given (%2).</translation>
    </message>
    <message>
        <source>the file&apos;s signature by %1 does not match its contents: it was changed after export</source>
        <translation>the file&apos;s signature by %1 does not match its contents: it was changed after export</translation>
    </message>
    <message>
        <source>This vault&apos;s audit log has a gap (site %1).</source>
        <translation>This vault&apos;s audit log has a gap (site %1).</translation>
    </message>
    <message>
        <source>The audit log of site %1 in this bundle does not carry its signature; nothing was changed.</source>
        <translation>The audit log of site %1 in this bundle does not carry its signature; nothing was changed.</translation>
    </message>
    <message>
        <source>The audit log of site %1 was altered on the way (it does not continue the one this vault holds); nothing was changed.</source>
        <translation>The audit log of site %1 was altered on the way (it does not continue the one this vault holds); nothing was changed.</translation>
    </message>
    <message>
        <source>this vault has no key for the site</source>
        <translation>this vault has no key for the site</translation>
    </message>
    <message>
        <source>entries after the head the site signed (entry %1)</source>
        <translation>entries after the head the site signed (entry %1)</translation>
    </message>
    <message>
        <source>The site that exported the log is not in its roster; the file was altered.</source>
        <translation>The site that exported the log is not in its roster; the file was altered.</translation>
    </message>
    <message>
        <source>the chain has no signed head</source>
        <translation>the chain has no signed head</translation>
    </message>
    <message>
        <source>no key for this site in the roster (no longer trusted, or the file was altered)</source>
        <translation>no key for this site in the roster (no longer trusted, or the file was altered)</translation>
    </message>
    <message>
        <source>The audit log of site %1 in this bundle is malformed; nothing was changed.</source>
        <translation>The audit log of site %1 in this bundle is malformed; nothing was changed.</translation>
    </message>
    <message>
        <source>No site&apos;s entry %1 has the chain value %2: the report was not made from the history this vault holds, or its head was altered.</source>
        <translation>No site&apos;s entry %1 has the chain value %2: the report was not made from the history this vault holds, or its head was altered.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) is in the verified log of %3: the head the report names is a real state of that site&apos;s history. It does not vouch for the report&apos;s figures; to compare them, make the same report from this vault.</source>
        <translation>Entry %1 (%2) is in the verified log of %3: the head the report names is a real state of that site&apos;s history. It does not vouch for the report&apos;s figures; to compare them, make the same report from this vault.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) is in the log of %3, but that log is broken: the history was altered, and the head proves nothing.</source>
        <translation>Entry %1 (%2) is in the log of %3, but that log is broken: the history was altered, and the head proves nothing.</translation>
    </message>
    <message>
        <source>No site&apos;s entry %1 here has the chain value %2, but some logs here end before that entry (%3): if the report comes from one of those sites, import a newer bundle from it and check again.</source>
        <translation>No site&apos;s entry %1 here has the chain value %2, but some logs here end before that entry (%3): if the report comes from one of those sites, import a newer bundle from it and check again.</translation>
    </message>
    <message>
        <source>No log here records a report file with the fingerprint of %1 (SHA-256 %2): it was changed after it was exported, or it comes from a site whose log has not reached this vault yet, or it was exported before OneTeam noted reports&apos; fingerprints.</source>
        <translation>No log here records a report file with the fingerprint of %1 (SHA-256 %2): it was changed after it was exported, or it comes from a site whose log has not reached this vault yet, or it was exported before OneTeam noted reports&apos; fingerprints.</translation>
    </message>
    <message>
        <source>%1 matches the report %2 exported (entry %3), but that site&apos;s log is broken: the history was altered, and the match proves nothing.</source>
        <translation>%1 matches the report %2 exported (entry %3), but that site&apos;s log is broken: the history was altered, and the match proves nothing.</translation>
    </message>
    <message>
        <source>%1 is unchanged since %2 exported it on %3 (entry %4 of its log: %5), made from its audit chain head at entry %6.</source>
        <translation>%1 is unchanged since %2 exported it on %3 (entry %4 of its log: %5), made from its audit chain head at entry %6.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) is in the log of %3, but this vault no longer trusts %3: the head proves nothing.</source>
        <translation>Entry %1 (%2) is in the log of %3, but this vault no longer trusts %3: the head proves nothing.</translation>
    </message>
    <message>
        <source>%1 matches the report %2 exported (entry %3), but this vault no longer trusts %2: the match proves nothing.</source>
        <translation>%1 matches the report %2 exported (entry %3), but this vault no longer trusts %2: the match proves nothing.</translation>
    </message>
    <message>
        <source>The logs of %1 list the same fingerprint too.</source>
        <translation>The logs of %1 list the same fingerprint too.</translation>
    </message>
    <message>
        <source>No site here is called or has the id &apos;%1&apos;; the sites whose logs this vault holds: %2.</source>
        <translation>No site here is called or has the id &apos;%1&apos;; the sites whose logs this vault holds: %2.</translation>
    </message>
    <message>
        <source>Several sites match &apos;%1&apos;; give more of the id (%2).</source>
        <translation>Several sites match &apos;%1&apos;; give more of the id (%2).</translation>
    </message>
    <message>
        <source>The log of %3 here ends before entry %1 (%2): import a newer bundle from %3 and check again.</source>
        <translation>The log of %3 here ends before entry %1 (%2): import a newer bundle from %3 and check again.</translation>
    </message>
    <message>
        <source>Entry %1 with that chain value is in the log of %2: check which site the report names.</source>
        <translation>Entry %1 with that chain value is in the log of %2: check which site the report names.</translation>
    </message>
    <message>
        <source>Entry %1 of %3&apos;s log has another chain value than %2: the report was not made from %3&apos;s history as this vault holds it, or its head was altered.</source>
        <translation>Entry %1 of %3&apos;s log has another chain value than %2: the report was not made from %3&apos;s history as this vault holds it, or its head was altered.</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>The bundle is damaged or was altered (%1); nothing was changed.</source>
        <translation>The bundle is damaged or was altered (%1); nothing was changed.</translation>
    </message>
    <message>
        <source>A bundle needs at least one recipient.</source>
        <translation>A bundle needs at least one recipient.</translation>
    </message>
    <message>
        <source>The bundle would be too large.</source>
        <translation>The bundle would be too large.</translation>
    </message>
    <message>
        <source>The system&apos;s random generator failed.</source>
        <translation>The system&apos;s random generator failed.</translation>
    </message>
    <message>
        <source>Site %1 has an unusable key.</source>
        <translation>Site %1 has an unusable key.</translation>
    </message>
    <message>
        <source>The bundle could not be encrypted.</source>
        <translation>The bundle could not be encrypted.</translation>
    </message>
    <message>
        <source>The bundle could not be signed.</source>
        <translation>The bundle could not be signed.</translation>
    </message>
    <message>
        <source>This file is not a OneTeam bundle.</source>
        <translation>This file is not a OneTeam bundle.</translation>
    </message>
    <message>
        <source>cut short</source>
        <translation>cut short</translation>
    </message>
    <message>
        <source>This bundle has format %1; this version of OneTeam reads format %2.</source>
        <translation>This bundle has format %1; this version of OneTeam reads format %2.</translation>
    </message>
    <message>
        <source>impossible payload length</source>
        <translation>impossible payload length</translation>
    </message>
    <message>
        <source>extra bytes at the end</source>
        <translation>extra bytes at the end</translation>
    </message>
    <message>
        <source>unreadable header</source>
        <translation>unreadable header</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this site.</source>
        <translation>This bundle is not addressed to this site.</translation>
    </message>
    <message>
        <source>unusable key</source>
        <translation>unusable key</translation>
    </message>
    <message>
        <source>its key does not open with this site&apos;s key</source>
        <translation>its key does not open with this site&apos;s key</translation>
    </message>
    <message>
        <source>the contents fail authentication</source>
        <translation>the contents fail authentication</translation>
    </message>
    <message>
        <source>impossible contents length</source>
        <translation>impossible contents length</translation>
    </message>
    <message>
        <source>the contents do not decompress</source>
        <translation>the contents do not decompress</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>create a new vault for this site</source>
        <translation>create a new vault for this site</translation>
    </message>
    <message>
        <source>load the sample dataset into the vault</source>
        <translation>load the sample dataset into the vault</translation>
    </message>
    <message>
        <source>print the JSON schema of a record type, or of all</source>
        <translation>print the JSON schema of a record type, or of all</translation>
    </message>
    <message>
        <source>list the records of a type</source>
        <translation>list the records of a type</translation>
    </message>
    <message>
        <source>print one record</source>
        <translation>print one record</translation>
    </message>
    <message>
        <source>delete a record</source>
        <translation>delete a record</translation>
    </message>
    <message>
        <source>change the vault&apos;s passphrase</source>
        <translation>change the vault&apos;s passphrase</translation>
    </message>
    <message>
        <source>add a recovery key and print it</source>
        <translation>add a recovery key and print it</translation>
    </message>
    <message>
        <source>remove the recovery key</source>
        <translation>remove the recovery key</translation>
    </message>
    <message>
        <source>export this site&apos;s public card</source>
        <translation>export this site&apos;s public card</translation>
    </message>
    <message>
        <source>write a bundle of changes for other sites</source>
        <translation>write a bundle of changes for other sites</translation>
    </message>
    <message>
        <source>verify and apply a bundle</source>
        <translation>verify and apply a bundle</translation>
    </message>
    <message>
        <source>verify and summarise a bundle without applying it</source>
        <translation>verify and summarise a bundle without applying it</translation>
    </message>
    <message>
        <source>list concurrent edits to review</source>
        <translation>list concurrent edits to review</translation>
    </message>
    <message>
        <source>recompute the audit chains and name the first broken entry</source>
        <translation>recompute the audit chains and name the first broken entry</translation>
    </message>
    <message>
        <source>write the audit log with its signed head</source>
        <translation>write the audit log with its signed head</translation>
    </message>
    <message>
        <source>export a report as PDF, CSV or XLSX</source>
        <translation>export a report as PDF, CSV or XLSX</translation>
    </message>
    <message>
        <source>Usage: oneteam-cli [--vault PATH] [--passphrase-file FILE] COMMAND [ARGS]</source>
        <translation>Usage: oneteam-cli [--vault PATH] [--passphrase-file FILE] COMMAND [ARGS]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>the vault file (or ONETEAM_VAULT)</source>
        <translation>the vault file (or ONETEAM_VAULT)</translation>
    </message>
    <message>
        <source>read the passphrase from FILE (or ONETEAM_PASSPHRASE; never an argument)</source>
        <translation>read the passphrase from FILE (or ONETEAM_PASSPHRASE; never an argument)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>machine-readable output</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage, 2 wrong passphrase, 3 tampered or corrupted data, 4 validation error, 5 bundle refused, 6 vault busy or I/O error.</source>
        <translation>Exit codes: 0 success, 1 usage, 2 wrong passphrase, 3 tampered or corrupted data, 4 validation error, 5 bundle refused, 6 vault busy or I/O error.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Run &apos;oneteam-cli --help&apos; for the list of commands.</source>
        <translation>Run &apos;oneteam-cli --help&apos; for the list of commands.</translation>
    </message>
    <message>
        <source>show the vault&apos;s site, role, schema and key slots</source>
        <translation>show the vault&apos;s site, role, schema and key slots</translation>
    </message>
    <message>
        <source>open the vault with the recovery key in F</source>
        <translation>open the vault with the recovery key in F</translation>
    </message>
    <message>
        <source>Passphrases are never taken as arguments (other users can see them): use ONETEAM_PASSPHRASE, --passphrase-file or the prompt.</source>
        <translation>Passphrases are never taken as arguments (other users can see them): use ONETEAM_PASSPHRASE, --passphrase-file or the prompt.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>No passphrase given: set ONETEAM_PASSPHRASE, use --passphrase-file, or run in a terminal.</source>
        <translation>No passphrase given: set ONETEAM_PASSPHRASE, use --passphrase-file, or run in a terminal.</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Repeat it: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>New vault passphrase: </source>
        <translation>New vault passphrase: </translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>Vault passphrase: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <source>Which vault? Use --vault PATH or set ONETEAM_VAULT.</source>
        <translation>Which vault? Use --vault PATH or set ONETEAM_VAULT.</translation>
    </message>
    <message>
        <source>--kdf takes log2(N),r,p within 10..22, 1..32, 1..16 (e.g. 17,8,1).</source>
        <translation>--kdf takes log2(N),r,p within 10..22, 1..32, 1..16 (e.g. 17,8,1).</translation>
    </message>
    <message>
        <source>--kdf below 17,8,1 weakens the vault against guessing; set ONETEAM_ALLOW_WEAK_KDF=1 if you really mean it.</source>
        <translation>--kdf below 17,8,1 weakens the vault against guessing; set ONETEAM_ALLOW_WEAK_KDF=1 if you really mean it.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>this site&apos;s name</source>
        <translation>this site&apos;s name</translation>
    </message>
    <message>
        <source>secretariat, ministry:CODE or auditor</source>
        <translation>secretariat, ministry:CODE or auditor</translation>
    </message>
    <message>
        <source>wal (default) or rollback</source>
        <translation>wal (default) or rollback</translation>
    </message>
    <message>
        <source>scrypt cost log2N,r,p</source>
        <translation>scrypt cost log2N,r,p</translation>
    </message>
    <message>
        <source>Where should the vault go? Use --vault PATH or set ONETEAM_VAULT.</source>
        <translation>Where should the vault go? Use --vault PATH or set ONETEAM_VAULT.</translation>
    </message>
    <message>
        <source>init needs --site-name NAME and --role secretariat|ministry:CODE|auditor.</source>
        <translation>init needs --site-name NAME and --role secretariat|ministry:CODE|auditor.</translation>
    </message>
    <message>
        <source>--journal is wal or rollback, not &apos;%1&apos;.</source>
        <translation>--journal is wal or rollback, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--role must be secretariat, auditor or ministry:CODE (e.g. ministry:MSIT), not &apos;%1&apos;.</source>
        <translation>--role must be secretariat, auditor or ministry:CODE (e.g. ministry:MSIT), not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Created the vault %1 for %2 (%3).</source>
        <translation>Created the vault %1 for %2 (%3).</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <source>Site: %1 (%2)</source>
        <translation>Site: %1 (%2)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>Passphrase: scrypt N=2^%1, r=%2, p=%3</source>
        <translation>Passphrase: scrypt N=2^%1, r=%2, p=%3</translation>
    </message>
    <message>
        <source>Recovery key: set</source>
        <translation>Recovery key: set</translation>
    </message>
    <message>
        <source>Recovery key: none</source>
        <translation>Recovery key: none</translation>
    </message>
    <message>
        <source>read the new passphrase from FILE (or ONETEAM_NEW_PASSPHRASE)</source>
        <translation>read the new passphrase from FILE (or ONETEAM_NEW_PASSPHRASE)</translation>
    </message>
    <message>
        <source>Recovery key (write it down and keep it apart from the computer):</source>
        <translation>Recovery key (write it down and keep it apart from the computer):</translation>
    </message>
    <message>
        <source>It opens the vault with --recovery-key-file if the passphrase is lost.</source>
        <translation>It opens the vault with --recovery-key-file if the passphrase is lost.</translation>
    </message>
    <message>
        <source>The recovery key was removed; only the passphrase opens the vault now.</source>
        <translation>The recovery key was removed; only the passphrase opens the vault now.</translation>
    </message>
    <message>
        <source>The passphrase was changed. The old one no longer opens this vault file (copies made before the change still open with it).</source>
        <translation>The passphrase was changed. The old one no longer opens this vault file (copies made before the change still open with it).</translation>
    </message>
    <message>
        <source>It replaces the earlier recovery key, which no longer opens this vault file.</source>
        <translation>It replaces the earlier recovery key, which no longer opens this vault file.</translation>
    </message>
    <message>
        <source>schema takes at most one record type.</source>
        <translation>schema takes at most one record type.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a record type; the types are: %2.</source>
        <translation>&apos;%1&apos; is not a record type; the types are: %2.</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: %2</source>
        <translation>field &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; (flag): %2</source>
        <translation>field &apos;%1&apos; (flag): %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <source>Name one record type.</source>
        <translation>Name one record type.</translation>
    </message>
    <message>
        <source>Name the record type and the record&apos;s id.</source>
        <translation>Name the record type and the record&apos;s id.</translation>
    </message>
    <message>
        <source>comma-separated values (RFC 4180)</source>
        <translation>comma-separated values (RFC 4180)</translation>
    </message>
    <message>
        <source>only records holding TEXT</source>
        <translation>only records holding TEXT</translation>
    </message>
    <message>
        <source>sort by FIELD</source>
        <translation>sort by FIELD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field of %2.</source>
        <translation>&apos;%1&apos; is not a field of %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no %1 with the id %2.</source>
        <translation>There is no %1 with the id %2.</translation>
    </message>
    <message>
        <source>Cannot read the record from standard input.</source>
        <translation>Cannot read the record from standard input.</translation>
    </message>
    <message>
        <source>The input is not valid JSON: %1 (at character %2).</source>
        <translation>The input is not valid JSON: %1 (at character %2).</translation>
    </message>
    <message>
        <source>The input must be one JSON object with the record&apos;s fields.</source>
        <translation>The input must be one JSON object with the record&apos;s fields.</translation>
    </message>
    <message>
        <source>Deleted %1 %2; the deletion is kept in the history.</source>
        <translation>Deleted %1 %2; the deletion is kept in the history.</translation>
    </message>
    <message>
        <source>demo takes no arguments.</source>
        <translation>demo takes no arguments.</translation>
    </message>
    <message>
        <source>The sample dataset could not be loaded: %1</source>
        <translation>The sample dataset could not be loaded: %1</translation>
    </message>
    <message numerus="yes">
        <source>The sample dataset is in %1 (%n record(s); records the facts do not give are marked &apos;sample&apos;).</source>
        <translation>
            <numerusform>The sample dataset is in %1 (%n record; records the facts do not give are marked &apos;sample&apos;).</numerusform>
            <numerusform>The sample dataset is in %1 (%n records; records the facts do not give are marked &apos;sample&apos;).</numerusform>
        </translation>
    </message>
    <message>
        <source>trust another site&apos;s card with a role (secretariat)</source>
        <translation>trust another site&apos;s card with a role (secretariat)</translation>
    </message>
    <message>
        <source>list the sites this vault knows</source>
        <translation>list the sites this vault knows</translation>
    </message>
    <message>
        <source>join the network with the secretariat&apos;s first bundle</source>
        <translation>join the network with the secretariat&apos;s first bundle</translation>
    </message>
    <message>
        <source>settle a conflict: keep a value or restore a record</source>
        <translation>settle a conflict: keep a value or restore a record</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Bundle %1 from %2, written %3, for %4.</source>
        <translation>Bundle %1 from %2, written %3, for %4.</translation>
    </message>
    <message>
        <source>(refused)</source>
        <translation>(refused)</translation>
    </message>
    <message>
        <source>The list of trusted sites was updated.</source>
        <translation>The list of trusted sites was updated.</translation>
    </message>
    <message>
        <source>No site called &apos;%1&apos; is known here (oneteam-cli site list).</source>
        <translation>No site called &apos;%1&apos; is known here (oneteam-cli site list).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 sites; use the site&apos;s id.</source>
        <translation>&apos;%1&apos; names %2 sites; use the site&apos;s id.</translation>
    </message>
    <message>
        <source>Name one bundle file.</source>
        <translation>Name one bundle file.</translation>
    </message>
    <message>
        <source>write the card to FILE</source>
        <translation>write the card to FILE</translation>
    </message>
    <message>
        <source>site card takes --out FILE.</source>
        <translation>site card takes --out FILE.</translation>
    </message>
    <message>
        <source>site card needs --out FILE.</source>
        <translation>site card needs --out FILE.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>Wrote the card of %1 (%2, site %3) to %4.</source>
        <translation>Wrote the card of %1 (%2, site %3) to %4.</translation>
    </message>
    <message>
        <source>Key fingerprint: %1</source>
        <translation>Key fingerprint: %1</translation>
    </message>
    <message>
        <source>the role the site gets</source>
        <translation>the role the site gets</translation>
    </message>
    <message>
        <source>site trust needs --role secretariat|ministry:CODE|auditor.</source>
        <translation>site trust needs --role secretariat|ministry:CODE|auditor.</translation>
    </message>
    <message>
        <source>The card asked for %1.</source>
        <translation>The card asked for %1.</translation>
    </message>
    <message>
        <source>site list takes no arguments.</source>
        <translation>site list takes no arguments.</translation>
    </message>
    <message>
        <source>this site</source>
        <translation>this site</translation>
    </message>
    <message>
        <source>root</source>
        <translation>root</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>not trusted</translation>
    </message>
    <message>
        <source>the secretariat&apos;s key fingerprint, as it told you</source>
        <translation>the secretariat&apos;s key fingerprint, as it told you</translation>
    </message>
    <message>
        <source>site join takes a bundle file and --fingerprint HEX.</source>
        <translation>site join takes a bundle file and --fingerprint HEX.</translation>
    </message>
    <message>
        <source>site join needs --fingerprint: the secretariat&apos;s key fingerprint, checked with it by phone or in person.</source>
        <translation>site join needs --fingerprint: the secretariat&apos;s key fingerprint, checked with it by phone or in person.</translation>
    </message>
    <message>
        <source>Joined the network of %1.</source>
        <translation>Joined the network of %1.</translation>
    </message>
    <message>
        <source>a recipient: site id, name or role (repeatable)</source>
        <translation>a recipient: site id, name or role (repeatable)</translation>
    </message>
    <message>
        <source>every trusted site</source>
        <translation>every trusted site</translation>
    </message>
    <message>
        <source>the bundle file to write</source>
        <translation>the bundle file to write</translation>
    </message>
    <message>
        <source>bundle export takes --to SITE or --all, and --out FILE.</source>
        <translation>bundle export takes --to SITE or --all, and --out FILE.</translation>
    </message>
    <message>
        <source>bundle export needs --to SITE (or --all) and --out FILE.</source>
        <translation>bundle export needs --to SITE (or --all) and --out FILE.</translation>
    </message>
    <message>
        <source>conflicts takes no arguments; settle one with conflicts resolve.</source>
        <translation>conflicts takes no arguments; settle one with conflicts resolve.</translation>
    </message>
    <message>
        <source>%1 %2: deleted by %3, while %4 set %5 to %6</source>
        <translation>%1 %2: deleted by %3, while %4 set %5 to %6</translation>
    </message>
    <message>
        <source>%1 %2, field %3: kept %4 (%5); other %6 (%7)</source>
        <translation>%1 %2, field %3: kept %4 (%5); other %6 (%7)</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <source>keep the value shown (kept) or the other</source>
        <translation>keep the value shown (kept) or the other</translation>
    </message>
    <message>
        <source>set another value (JSON)</source>
        <translation>set another value (JSON)</translation>
    </message>
    <message>
        <source>bring a deleted record back with the edits</source>
        <translation>bring a deleted record back with the edits</translation>
    </message>
    <message>
        <source>keep a record deleted</source>
        <translation>keep a record deleted</translation>
    </message>
    <message>
        <source>Use: conflicts resolve RECORD FIELD --keep kept|other, conflicts resolve RECORD FIELD --value JSON, or conflicts resolve RECORD --restore|--keep-deleted.</source>
        <translation>Use: conflicts resolve RECORD FIELD --keep kept|other, conflicts resolve RECORD FIELD --value JSON, or conflicts resolve RECORD --restore|--keep-deleted.</translation>
    </message>
    <message>
        <source>Restored %1 with the edits made while it was deleted.</source>
        <translation>Restored %1 with the edits made while it was deleted.</translation>
    </message>
    <message>
        <source>%1 stays deleted.</source>
        <translation>%1 stays deleted.</translation>
    </message>
    <message>
        <source>--value must be one JSON value, e.g. &apos;&quot;done&quot;&apos; or 42.</source>
        <translation>--value must be one JSON value, e.g. &apos;&quot;done&quot;&apos; or 42.</translation>
    </message>
    <message>
        <source>Record %1 has no conflict on &apos;%2&apos; (or --keep is not kept or other).</source>
        <translation>Record %1 has no conflict on &apos;%2&apos; (or --keep is not kept or other).</translation>
    </message>
    <message>
        <source>Settled %1 of %2: %3.</source>
        <translation>Settled %1 of %2: %3.</translation>
    </message>
    <message>
        <source>stop trusting a site (secretariat)</source>
        <translation>stop trusting a site (secretariat)</translation>
    </message>
    <message>
        <source>site distrust takes one site: its id, name or role.</source>
        <translation>site distrust takes one site: its id, name or role.</translation>
    </message>
    <message>
        <source>Site %1 is no longer trusted. The next bundles carry the new list of trusted sites; its changes not received yet are left out from then on.</source>
        <translation>Site %1 is no longer trusted. The next bundles carry the new list of trusted sites; its changes not received yet are left out from then on.</translation>
    </message>
    <message>
        <source>Every audit chain is intact.</source>
        <translation>Every audit chain is intact.</translation>
    </message>
    <message>
        <source>An audit chain is broken: the history was altered.</source>
        <translation>An audit chain is broken: the history was altered.</translation>
    </message>
    <message>
        <source>only the entries of site ID</source>
        <translation>only the entries of site ID</translation>
    </message>
    <message>
        <source>only one action (create, update, import…)</source>
        <translation>only one action (create, update, import…)</translation>
    </message>
    <message>
        <source>the history of one record: TYPE/ID</source>
        <translation>the history of one record: TYPE/ID</translation>
    </message>
    <message>
        <source>entries mentioning TEXT</source>
        <translation>entries mentioning TEXT</translation>
    </message>
    <message>
        <source>from this day on (YYYY-MM-DD)</source>
        <translation>from this day on (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>up to and including this day</source>
        <translation>up to and including this day</translation>
    </message>
    <message>
        <source>at most N entries, newest first</source>
        <translation>at most N entries, newest first</translation>
    </message>
    <message>
        <source>audit log takes --site, --action, --record, --text, --from, --to, --limit.</source>
        <translation>audit log takes --site, --action, --record, --text, --from, --to, --limit.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD).</source>
        <translation>&apos;%1&apos; is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--limit takes a whole number.</source>
        <translation>--limit takes a whole number.</translation>
    </message>
    <message>
        <source>check an exported log instead of the vault</source>
        <translation>check an exported log instead of the vault</translation>
    </message>
    <message>
        <source>the network root&apos;s key fingerprint the file must lead to</source>
        <translation>the network root&apos;s key fingerprint the file must lead to</translation>
    </message>
    <message>
        <source>Audit log exported by %1 on %2.</source>
        <translation>Audit log exported by %1 on %2.</translation>
    </message>
    <message>
        <source>Its keys lead to the key with fingerprint %1: compare it with the one the secretariat published.</source>
        <translation>Its keys lead to the key with fingerprint %1: compare it with the one the secretariat published.</translation>
    </message>
    <message>
        <source>--fingerprint goes with --file.</source>
        <translation>--fingerprint goes with --file.</translation>
    </message>
    <message>
        <source>write the log to FILE</source>
        <translation>write the log to FILE</translation>
    </message>
    <message>
        <source>audit export takes --out FILE.</source>
        <translation>audit export takes --out FILE.</translation>
    </message>
    <message>
        <source>audit export needs --out FILE.</source>
        <translation>audit export needs --out FILE.</translation>
    </message>
    <message>
        <source>Wrote the audit log to %1.</source>
        <translation>Wrote the audit log to %1.</translation>
    </message>
    <message>
        <source>Check it elsewhere with: oneteam-cli audit verify --file %1 --fingerprint %2</source>
        <translation>Check it elsewhere with: oneteam-cli audit verify --file %1 --fingerprint %2</translation>
    </message>
    <message>
        <source>list the audit log, or one record&apos;s history</source>
        <translation>list the audit log, or one record&apos;s history</translation>
    </message>
    <message>
        <source>summary, resolutions, caio, budget, taskforces, indicators or audit</source>
        <translation>summary, resolutions, caio, budget, taskforces, indicators or audit</translation>
    </message>
    <message>
        <source>pdf, csv or xlsx</source>
        <translation>pdf, csv or xlsx</translation>
    </message>
    <message>
        <source>ko or en</source>
        <translation>ko or en</translation>
    </message>
    <message>
        <source>report takes --kind KIND --format pdf|csv|xlsx --lang ko|en --out PATH.</source>
        <translation>report takes --kind KIND --format pdf|csv|xlsx --lang ko|en --out PATH.</translation>
    </message>
    <message>
        <source>report needs --out PATH.</source>
        <translation>report needs --out PATH.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a report: use %2.</source>
        <translation>&apos;%1&apos; is not a report: use %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a format: use pdf, csv or xlsx.</source>
        <translation>&apos;%1&apos; is not a format: use pdf, csv or xlsx.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a report language: use ko or en.</source>
        <translation>&apos;%1&apos; is not a report language: use ko or en.</translation>
    </message>
    <message>
        <source>PDF reports need the graphical libraries; this build started without them.</source>
        <translation>PDF reports need the graphical libraries; this build started without them.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>%1 in %2 s, made from audit chain entry %3.</source>
        <translation>%1 in %2 s, made from audit chain entry %3.</translation>
    </message>
    <message>
        <source>No --fingerprint was given: the log is consistent, but only the fingerprint shows whose keys these are.</source>
        <translation>No --fingerprint was given: the log is consistent, but only the fingerprint shows whose keys these are.</translation>
    </message>
    <message>
        <source>the site&apos;s key fingerprint, as it read it to you</source>
        <translation>the site&apos;s key fingerprint, as it read it to you</translation>
    </message>
    <message>
        <source>site trust takes a card file, --role ROLE and --fingerprint HEX.</source>
        <translation>site trust takes a card file, --role ROLE and --fingerprint HEX.</translation>
    </message>
    <message>
        <source>site trust needs --fingerprint: the site&apos;s key fingerprint, read out to you by the site by phone or in person (&apos;site card&apos; prints it there).</source>
        <translation>site trust needs --fingerprint: the site&apos;s key fingerprint, read out to you by the site by phone or in person (&apos;site card&apos; prints it there).</translation>
    </message>
    <message>
        <source>The card&apos;s key has fingerprint %1, not the one given (%2). Do not trust it: ask the site by another channel which is right; the card may have been swapped on the way.</source>
        <translation>The card&apos;s key has fingerprint %1, not the one given (%2). Do not trust it: ask the site by another channel which is right; the card may have been swapped on the way.</translation>
    </message>
    <message>
        <source>Trusted %1 (site %2) as %3; its key fingerprint %4 matches the one given.</source>
        <translation>Trusted %1 (site %2) as %3; its key fingerprint %4 matches the one given.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s)</source>
        <translation>
            <numerusform>%1: %n record</numerusform>
            <numerusform>%1: %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>create or update a record from JSON on stdin (--merge: only the fields given)</source>
        <translation>create or update a record from JSON on stdin (--merge: only the fields given)</translation>
    </message>
    <message>
        <source>put --merge changes a record that exists: give its &quot;id&quot;.</source>
        <translation>put --merge changes a record that exists: give its &quot;id&quot;.</translation>
    </message>
    <message>
        <source>put replaces the whole record, so it would clear the fields left out (%1). Give them too (&apos;get&apos; prints the record), or use put --merge to change only the fields given.</source>
        <translation>put replaces the whole record, so it would clear the fields left out (%1). Give them too (&apos;get&apos; prints the record), or use put --merge to change only the fields given.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s): %1 applied, %2 refused, %3 already here.</source>
        <translation>
            <numerusform>%n change: %1 applied, %2 refused, %3 already here.</numerusform>
            <numerusform>%n changes: %1 applied, %2 refused, %3 already here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s): %1 would apply, %2 would be refused, %3 already here.</source>
        <translation>
            <numerusform>%n change: %1 would apply, %2 would be refused, %3 already here.</numerusform>
            <numerusform>%n changes: %1 would apply, %2 would be refused, %3 already here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) for %1 to %2 (%3 bytes).</source>
        <translation>
            <numerusform>Wrote %n change for %1 to %2 (%3 bytes).</numerusform>
            <numerusform>Wrote %n changes for %1 to %2 (%3 bytes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: oneteam-cli [--vault PATH] [--passphrase-file FILE] %1</source>
        <translation>Usage: oneteam-cli [--vault PATH] [--passphrase-file FILE] %1</translation>
    </message>
    <message>
        <source>Run &apos;oneteam-cli --help&apos; for every command and the exit codes.</source>
        <translation>Run &apos;oneteam-cli --help&apos; for every command and the exit codes.</translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) to review (oneteam-cli conflicts).</source>
        <translation>
            <numerusform>%n new conflict to review (oneteam-cli conflicts).</numerusform>
            <numerusform>%n new conflicts to review (oneteam-cli conflicts).</numerusform>
        </translation>
    </message>
    <message>
        <source>the file to write; for csv, a folder or NAME.csv (one file per table)</source>
        <translation>the file to write; for csv, a folder or NAME.csv (one file per table)</translation>
    </message>
    <message>
        <source>Actions are in the resolutions report (--kind resolutions).</source>
        <translation>Actions are in the resolutions report (--kind resolutions).</translation>
    </message>
    <message>
        <source>also check a report&apos;s audit chain head: ENTRY:CHAIN, as the report prints it</source>
        <translation>also check a report&apos;s audit chain head: ENTRY:CHAIN, as the report prints it</translation>
    </message>
    <message>
        <source>--head checks the vault&apos;s log; it does not go with --file.</source>
        <translation>--head checks the vault&apos;s log; it does not go with --file.</translation>
    </message>
    <message>
        <source>--head takes the entry and the chain value a report prints, e.g. 68:2c7e11c701b6f959c345cf69c063fb0f (at least 16 hex digits).</source>
        <translation>--head takes the entry and the chain value a report prints, e.g. 68:2c7e11c701b6f959c345cf69c063fb0f (at least 16 hex digits).</translation>
    </message>
    <message>
        <source>also check that a report file is one a site exported, unchanged</source>
        <translation>also check that a report file is one a site exported, unchanged</translation>
    </message>
    <message>
        <source>--report checks a report file against the vault&apos;s log; it does not go with --file or --head.</source>
        <translation>--report checks a report file against the vault&apos;s log; it does not go with --file or --head.</translation>
    </message>
    <message>
        <source>audit verify takes [--report FILE | --head ENTRY:CHAIN [--site SITE]], or --file FILE [--fingerprint FP].</source>
        <translation>audit verify takes [--report FILE | --head ENTRY:CHAIN [--site SITE]], or --file FILE [--fingerprint FP].</translation>
    </message>
    <message>
        <source>--site goes with --head.</source>
        <translation>--site goes with --head.</translation>
    </message>
    <message>
        <source>with --head: the site that made the report (its name, its id, or the short id the report prints)</source>
        <translation>with --head: the site that made the report (its name, its id, or the short id the report prints)</translation>
    </message>
    <message>
        <source>(kept for a newer version)</source>
        <translation>(kept for a newer version)</translation>
    </message>
    <message numerus="yes">
        <source>%n kept for a newer version.</source>
        <translation>
            <numerusform>%n kept for a newer version.</numerusform>
            <numerusform>%n kept for a newer version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would be kept for a newer version.</source>
        <translation>
            <numerusform>%n would be kept for a newer version.</numerusform>
            <numerusform>%n would be kept for a newer version.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check it in any vault holding this site&apos;s log: %1</source>
        <translation>Check it in any vault holding this site&apos;s log: %1</translation>
    </message>
</context>
<context>
    <name>FieldControls</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>One entry per line</source>
        <translation>One entry per line</translation>
    </message>
    <message>
        <source>Open this record</source>
        <translation>Open this record</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>Record id to link</source>
        <translation>Record id to link</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>Due (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Add deliverable</source>
        <translation>Add deliverable</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Add point</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>whole won</source>
        <translation>whole won</translation>
    </message>
</context>
<context>
    <name>Kdf</name>
    <message>
        <source>The key derivation parameters are out of range.</source>
        <translation>The key derivation parameters are out of range.</translation>
    </message>
    <message>
        <source>This system&apos;s OpenSSL has no scrypt.</source>
        <translation>This system&apos;s OpenSSL has no scrypt.</translation>
    </message>
    <message>
        <source>Deriving the key failed (out of memory?).</source>
        <translation>Deriving the key failed (out of memory?).</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Where things stand: resolutions by status and keyword, actions due and overdue by ministry, CAIO coverage, the budget by stage and the GPUs secured against the 2030 target.</source>
        <translation>Where things stand: resolutions by status and keyword, actions due and overdue by ministry, CAIO coverage, the budget by stage and the GPUs secured against the 2030 target.</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Resolutions</translation>
    </message>
    <message>
        <source>The committee&apos;s resolutions: number, title, adoption date, policy keyword, status, lead and cooperating ministries, linked budget lines.</source>
        <translation>The committee&apos;s resolutions: number, title, adoption date, policy keyword, status, lead and cooperating ministries, linked budget lines.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Follow-up actions of each resolution: owner ministry, due date, progress and evidence. Overdue actions stand out.</source>
        <translation>Follow-up actions of each resolution: owner ministry, due date, progress and evidence. Overdue actions stand out.</translation>
    </message>
    <message>
        <source>CAIOs</source>
        <translation>CAIOs</translation>
    </message>
    <message>
        <source>The roster of each ministry&apos;s Chief AI Officer: rank, appointment, term and status. Ministries without an active CAIO stand out.</source>
        <translation>The roster of each ministry&apos;s Chief AI Officer: rank, appointment, term and status. Ministries without an active CAIO stand out.</translation>
    </message>
    <message>
        <source>Task forces</source>
        <translation>Task forces</translation>
    </message>
    <message>
        <source>The committee&apos;s task forces (education, security, regions), their mandates, members and deliverables.</source>
        <translation>The committee&apos;s task forces (education, security, regions), their mandates, members and deliverables.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget lines per fiscal year with their stages side by side: proposal, enacted, revised and executed, in whole won.</source>
        <translation>Budget lines per fiscal year with their stages side by side: proposal, enacted, revised and executed, in whole won.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Indicators with their targets and observations, starting with the GPUs secured: 20,000 today, 200,000 by 2030.</source>
        <translation>Indicators with their targets and observations, starting with the GPUs secured: 20,000 today, 200,000 by 2030.</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <source>Partnerships and investments: data centres, offices, cooperation, with their partners, amounts and ministries.</source>
        <translation>Partnerships and investments: data centres, offices, cooperation, with their partners, amounts and ministries.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Exchange signed, encrypted bundle files with the other offices: this site&apos;s card, trusted sites, bundles sent and received, conflicts to review.</source>
        <translation>Exchange signed, encrypted bundle files with the other offices: this site&apos;s card, trusted sites, bundles sent and received, conflicts to review.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>The tamper-evident history of every change, import and export, with its verification status per site.</source>
        <translation>The tamper-evident history of every change, import and export, with its verification status per site.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Reports to hand on, in PDF, CSV and XLSX: the committee summary, each area, and the audit log.</source>
        <translation>Reports to hand on, in PDF, CSV and XLSX: the committee summary, each area, and the audit log.</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Milestones of the committee&apos;s work, such as the AI action plan, with their due dates, status and the records they concern.</source>
        <translation>Milestones of the committee&apos;s work, such as the AI action plan, with their due dates, status and the records they concern.</translation>
    </message>
    <message>
        <source>Ministries</source>
        <translation>Ministries</translation>
    </message>
    <message>
        <source>The committee, the council and the ministries, each with its active CAIO. Ministries without one stand out.</source>
        <translation>The committee, the council and the ministries, each with its active CAIO. Ministries without one stand out.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>The people the records name: only real people from the public record, with their titles and organisations.</source>
        <translation>The people the records name: only real people from the public record, with their titles and organisations.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Use several words, or 12 or more characters.</source>
        <translation>Use several words, or 12 or more characters.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add words or characters.</source>
        <translation>Weak: easy to guess. Add words or characters.</translation>
    </message>
    <message>
        <source>Fair: longer would be safer.</source>
        <translation>Fair: longer would be safer.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
</context>
<context>
    <name>RecordChoices</name>
    <message>
        <source>One Team</source>
        <translation>One Team</translation>
    </message>
    <message>
        <source>200,000 GPUs: foundation model</source>
        <translation>200,000 GPUs: foundation model</translation>
    </message>
    <message>
        <source>Physical AI</source>
        <translation>Physical AI</translation>
    </message>
    <message>
        <source>AI basic society</source>
        <translation>AI basic society</translation>
    </message>
    <message>
        <source>Overseas partnerships</source>
        <translation>Overseas partnerships</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>In execution</source>
        <translation>In execution</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Vice-minister level</source>
        <translation>Vice-minister level</translation>
    </message>
    <message>
        <source>Director-general level</source>
        <translation>Director-general level</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministry</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Council</translation>
    </message>
    <message>
        <source>AI transition (AX)</source>
        <translation>AI transition (AX)</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Foundation model</source>
        <translation>Foundation model</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>Talent</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>Data center</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>RecordEdit</name>
    <message>
        <source>Create %1</source>
        <translation>Create %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name (Korean)</source>
        <translation>Name (Korean)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministry</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Appointed</source>
        <translation>Appointed</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>Term ends</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Title (Korean)</source>
        <translation>Title (Korean)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Title (English)</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Keyword</translation>
    </message>
    <message>
        <source>Lead ministry</source>
        <translation>Lead ministry</translation>
    </message>
    <message>
        <source>Cooperating ministries</source>
        <translation>Cooperating ministries</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Budget lines</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Owner ministry</source>
        <translation>Owner ministry</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Parent line</source>
        <translation>Parent line</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Enacted</source>
        <translation>Enacted</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Revised</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Executed</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Ministries</source>
        <translation>Ministries</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <source>Active CAIO</source>
        <translation>Active CAIO</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Overrun noted</source>
        <translation>Overrun noted</translation>
    </message>
    <message>
        <source>Sample (illustrative)</source>
        <translation>Sample (illustrative)</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Unit (English)</source>
        <translation>Unit (English)</translation>
    </message>
</context>
<context>
    <name>RecordService</name>
    <message>
        <source>An auditor&apos;s vault reads and verifies; it changes nothing.</source>
        <translation>An auditor&apos;s vault reads and verifies; it changes nothing.</translation>
    </message>
    <message>
        <source>This vault&apos;s role (%1) does not allow changes.</source>
        <translation>This vault&apos;s role (%1) does not allow changes.</translation>
    </message>
    <message>
        <source>This vault&apos;s ministry (%1) is not in the ministry list yet; the secretariat adds it.</source>
        <translation>This vault&apos;s ministry (%1) is not in the ministry list yet; the secretariat adds it.</translation>
    </message>
    <message>
        <source>Actions are created and deleted by the secretariat; a ministry updates its own.</source>
        <translation>Actions are created and deleted by the secretariat; a ministry updates its own.</translation>
    </message>
    <message>
        <source>This action belongs to another ministry.</source>
        <translation>This action belongs to another ministry.</translation>
    </message>
    <message>
        <source>A ministry updates an action&apos;s status, progress and evidence only, not &apos;%1&apos;.</source>
        <translation>A ministry updates an action&apos;s status, progress and evidence only, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>CAIO records are deleted by the secretariat.</source>
        <translation>CAIO records are deleted by the secretariat.</translation>
    </message>
    <message>
        <source>A ministry keeps its own CAIO record only.</source>
        <translation>A ministry keeps its own CAIO record only.</translation>
    </message>
    <message>
        <source>Budget lines are created and deleted by the secretariat; a ministry reports execution.</source>
        <translation>Budget lines are created and deleted by the secretariat; a ministry reports execution.</translation>
    </message>
    <message>
        <source>This budget line belongs to another ministry.</source>
        <translation>This budget line belongs to another ministry.</translation>
    </message>
    <message>
        <source>A ministry reports a budget line&apos;s execution only, not &apos;%1&apos;.</source>
        <translation>A ministry reports a budget line&apos;s execution only, not &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 records are kept by the secretariat.</source>
        <translation>%1 records are kept by the secretariat.</translation>
    </message>
    <message>
        <source>There is no %1 with the id %2.</source>
        <translation>There is no %1 with the id %2.</translation>
    </message>
    <message>
        <source>There is no record with the id %1.</source>
        <translation>There is no record with the id %1.</translation>
    </message>
    <message>
        <source>This ministry has an active CAIO already (%1); end that appointment first.</source>
        <translation>This ministry has an active CAIO already (%1); end that appointment first.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a record type; the types are: %2.</source>
        <translation>&apos;%1&apos; is not a record type; the types are: %2.</translation>
    </message>
    <message>
        <source>Record %1 was deleted.</source>
        <translation>Record %1 was deleted.</translation>
    </message>
    <message>
        <source>Record %1 is a %2, not a %3.</source>
        <translation>Record %1 is a %2, not a %3.</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>The vault is locked; unlock it first.</translation>
    </message>
    <message>
        <source>There is no record %1.</source>
        <translation>There is no record %1.</translation>
    </message>
    <message>
        <source>Record %1 is a %2, not a %3.</source>
        <translation>Record %1 is a %2, not a %3.</translation>
    </message>
    <message>
        <source>Record %1 was deleted.</source>
        <translation>Record %1 was deleted.</translation>
    </message>
    <message>
        <source>Record %1 was deleted already.</source>
        <translation>Record %1 was deleted already.</translation>
    </message>
    <message>
        <source>Record %1 is not deleted.</source>
        <translation>Record %1 is not deleted.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field name.</source>
        <translation>&apos;%1&apos; is not a field name.</translation>
    </message>
    <message>
        <source>Name a field of the record.</source>
        <translation>Name a field of the record.</translation>
    </message>
    <message>
        <source>Change %1 of %2 is not kept unapplied in the log.</source>
        <translation>Change %1 of %2 is not kept unapplied in the log.</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Illustrative record: the facts are silent here (marked &apos;sample&apos;).</source>
        <translation>Illustrative record: the facts are silent here (marked &apos;sample&apos;).</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>No active CAIO</source>
        <translation>No active CAIO</translation>
    </message>
    <message>
        <source>This ministry has no active Chief AI Officer.</source>
        <translation>This ministry has no active Chief AI Officer.</translation>
    </message>
</context>
<context>
    <name>RecordTypes</name>
    <message>
        <source>Ministry</source>
        <translation>Ministry</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>CAIO</source>
        <translation>CAIO</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Task force</source>
        <translation>Task force</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
</context>
<context>
    <name>RecordValidator</name>
    <message>
        <source>Must be text.</source>
        <translation>Must be text.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Must be a whole number.</translation>
    </message>
    <message>
        <source>Amounts are whole won, written as a number without decimals (e.g. 2600000000000).</source>
        <translation>Amounts are whole won, written as a number without decimals (e.g. 2600000000000).</translation>
    </message>
    <message>
        <source>Must be a date written as YYYY-MM-DD.</source>
        <translation>Must be a date written as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Must be one of: %1.</source>
        <translation>Must be one of: %1.</translation>
    </message>
    <message>
        <source>Must be a list of text entries.</source>
        <translation>Must be a list of text entries.</translation>
    </message>
    <message>
        <source>Must be a whole percentage from 0 to 100.</source>
        <translation>Must be a whole percentage from 0 to 100.</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>Must be true or false.</translation>
    </message>
    <message>
        <source>Must be a list of {date, value} points.</source>
        <translation>Must be a list of {date, value} points.</translation>
    </message>
    <message>
        <source>Point %1 needs a date (YYYY-MM-DD) and a numeric value.</source>
        <translation>Point %1 needs a date (YYYY-MM-DD) and a numeric value.</translation>
    </message>
    <message>
        <source>Must be a list of deliverables.</source>
        <translation>Must be a list of deliverables.</translation>
    </message>
    <message>
        <source>Deliverable %1 needs a title.</source>
        <translation>Deliverable %1 needs a title.</translation>
    </message>
    <message>
        <source>Deliverable %1: the due date must be written as YYYY-MM-DD.</source>
        <translation>Deliverable %1: the due date must be written as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Deliverable %1: the status must be one of: %2.</source>
        <translation>Deliverable %1: the status must be one of: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field of %2.</source>
        <translation>&apos;%1&apos; is not a field of %2.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>The term cannot end before the appointment.</source>
        <translation>The term cannot end before the appointment.</translation>
    </message>
    <message>
        <source>Each ministry is asked to name a vice-minister-level or director-general-level official; this rank is flagged.</source>
        <translation>Each ministry is asked to name a vice-minister-level or director-general-level official; this rank is flagged.</translation>
    </message>
    <message>
        <source>The end cannot come before the start.</source>
        <translation>The end cannot come before the start.</translation>
    </message>
    <message>
        <source>Executed above the %1 amount (noted as intended).</source>
        <translation>Executed above the %1 amount (noted as intended).</translation>
    </message>
    <message>
        <source>revised</source>
        <translation>revised</translation>
    </message>
    <message>
        <source>enacted</source>
        <translation>enacted</translation>
    </message>
    <message>
        <source>Executed is above the %1 amount; set overrun_noted if this is intended.</source>
        <translation>Executed is above the %1 amount; set overrun_noted if this is intended.</translation>
    </message>
    <message>
        <source>The record already held this value; saving keeps it as it is.</source>
        <translation>The record already held this value; saving keeps it as it is.</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>This recovery key is mistyped: check each group of five.</source>
        <translation>This recovery key is mistyped: check each group of five.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>The report was cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a report: use %2.</source>
        <translation>&apos;%1&apos; is not a report: use %2.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>no PDF device</source>
        <translation>no PDF device</translation>
    </message>
    <message>
        <source>The disk is full; %1 was not written.</source>
        <translation>The disk is full; %1 was not written.</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>the folder cannot be made</translation>
    </message>
    <message>
        <source>no temporary file beside it</source>
        <translation>no temporary file beside it</translation>
    </message>
    <message>
        <source>the workbook cannot be made</source>
        <translation>the workbook cannot be made</translation>
    </message>
    <message>
        <source>Committee summary</source>
        <translation>Committee summary</translation>
    </message>
    <message>
        <source>Resolutions and actions</source>
        <translation>Resolutions and actions</translation>
    </message>
    <message>
        <source>Chief AI Officers</source>
        <translation>Chief AI Officers</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Task forces</source>
        <translation>Task forces</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows; %3</source>
        <translation>The first %1 of %2 rows; %3</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>At a glance</translation>
    </message>
    <message>
        <source>Budget: proposal %1, enacted %2, executed to date %3 (%4 of the latest budget).</source>
        <translation>Budget: proposal %1, enacted %2, executed to date %3 (%4 of the latest budget).</translation>
    </message>
    <message>
        <source>AI transition (AX): %1, %2 of the proposal.</source>
        <translation>AI transition (AX): %1, %2 of the proposal.</translation>
    </message>
    <message>
        <source>%1: %2 %3 now, target %4 by %5; %6 to go.</source>
        <translation>%1: %2 %3 now, target %4 by %5; %6 to go.</translation>
    </message>
    <message>
        <source>Budget by stage</source>
        <translation>Budget by stage</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Resolutions</translation>
    </message>
    <message>
        <source>Resolutions by status</source>
        <translation>Resolutions by status</translation>
    </message>
    <message>
        <source>Resolutions by policy keyword</source>
        <translation>Resolutions by policy keyword</translation>
    </message>
    <message>
        <source>the resolutions report lists all.</source>
        <translation>the resolutions report lists all.</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <source>Actions by ministry</source>
        <translation>Actions by ministry</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Overdue actions</translation>
    </message>
    <message>
        <source>%1 of %2 ministries have an active CAIO; %3 have none yet.</source>
        <translation>%1 of %2 ministries have an active CAIO; %3 have none yet.</translation>
    </message>
    <message>
        <source>CAIO roster</source>
        <translation>CAIO roster</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Share of the proposal</source>
        <translation>Share of the proposal</translation>
    </message>
    <message>
        <source>Executed: %1 of the latest budget.</source>
        <translation>Executed: %1 of the latest budget.</translation>
    </message>
    <message>
        <source>Proposal by category</source>
        <translation>Proposal by category</translation>
    </message>
    <message>
        <source>Proposal by policy keyword</source>
        <translation>Proposal by policy keyword</translation>
    </message>
    <message>
        <source>Enacted by ministry</source>
        <translation>Enacted by ministry</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Budget lines</translation>
    </message>
    <message>
        <source>Indicators against their targets</source>
        <translation>Indicators against their targets</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Expected today</source>
        <translation>Expected today</translation>
    </message>
    <message>
        <source>Final target</source>
        <translation>Final target</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Gap to the final target</source>
        <translation>Gap to the final target</translation>
    </message>
    <message>
        <source>Targets and observations</source>
        <translation>Targets and observations</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Deliverables</translation>
    </message>
    <message>
        <source>Task force</source>
        <translation>Task force</translation>
    </message>
    <message>
        <source>Partnerships and milestones</source>
        <translation>Partnerships and milestones</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partnerships</translation>
    </message>
    <message>
        <source>the list in the application has all.</source>
        <translation>the list in the application has all.</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>Chains by site</source>
        <translation>Chains by site</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Signed up to</source>
        <translation>Signed up to</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>Every site&apos;s chain was recomputed from its first entry and is intact; each signed head was checked with the site&apos;s key.</source>
        <translation>Every site&apos;s chain was recomputed from its first entry and is intact; each signed head was checked with the site&apos;s key.</translation>
    </message>
    <message>
        <source>A chain is broken: the history was altered. See the status below.</source>
        <translation>A chain is broken: the history was altered. See the status below.</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Entries, newest first</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>When (UTC)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>National AI Strategy Committee</source>
        <translation>National AI Strategy Committee</translation>
    </message>
    <message>
        <source>ministry (%1)</source>
        <translation>ministry (%1)</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>secretariat</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>Audit chain head</translation>
    </message>
    <message>
        <source>entry %1, %2</source>
        <translation>entry %1, %2</translation>
    </message>
    <message>
        <source>audit head</source>
        <translation>audit head</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>No records.</translation>
    </message>
    <message>
        <source>%1 (won)</source>
        <translation>%1 (won)</translation>
    </message>
    <message>
        <source>%1 (fraction)</source>
        <translation>%1 (fraction)</translation>
    </message>
    <message>
        <source>Chief AI Officers: %1 of %2 ministries have an active CAIO; %3 vacant, %4 at a rank other than the two asked for.</source>
        <translation>Chief AI Officers: %1 of %2 ministries have an active CAIO; %3 vacant, %4 at a rank other than the two asked for.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Resolutions: %1. Follow-up actions: %2, of them overdue: %3.</source>
        <translation>Resolutions: %1. Follow-up actions: %2, of them overdue: %3.</translation>
    </message>
    <message>
        <source>Made with OneTeam from the vault&apos;s records. The audit chain head above names the state of the history the report was made from. In any vault that holds this site&apos;s log, the first command below checks that a copy of this file is unchanged since it was exported, the second that a printed copy names a real state of that history; &apos;oneteam-cli audit log&apos; shows it.</source>
        <translation>Made with OneTeam from the vault&apos;s records. The audit chain head above names the state of the history the report was made from. In any vault that holds this site&apos;s log, the first command below checks that a copy of this file is unchanged since it was exported, the second that a printed copy names a real state of that history; &apos;oneteam-cli audit log&apos; shows it.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This vault was made by a newer version of OneTeam (schema %1; this one knows %2).</source>
        <translation>This vault was made by a newer version of OneTeam (schema %1; this one knows %2).</translation>
    </message>
</context>
<context>
    <name>Sites</name>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>The vault is locked; unlock it first.</translation>
    </message>
    <message>
        <source>This file is not a OneTeam site card.</source>
        <translation>This file is not a OneTeam site card.</translation>
    </message>
    <message>
        <source>The site card&apos;s signature does not match its contents: the card was altered or damaged.</source>
        <translation>The site card&apos;s signature does not match its contents: the card was altered or damaged.</translation>
    </message>
    <message>
        <source>The list of trusted sites is damaged.</source>
        <translation>The list of trusted sites is damaged.</translation>
    </message>
    <message>
        <source>The system could not make the site&apos;s keys.</source>
        <translation>The system could not make the site&apos;s keys.</translation>
    </message>
    <message>
        <source>The roster could not be signed.</source>
        <translation>The roster could not be signed.</translation>
    </message>
    <message>
        <source>No site %1 is known here.</source>
        <translation>No site %1 is known here.</translation>
    </message>
    <message>
        <source>This vault has no site identity.</source>
        <translation>This vault has no site identity.</translation>
    </message>
    <message>
        <source>This vault has no site keys.</source>
        <translation>This vault has no site keys.</translation>
    </message>
    <message>
        <source>The site card could not be signed.</source>
        <translation>The site card could not be signed.</translation>
    </message>
    <message>
        <source>Only the secretariat&apos;s vault, the root of the network, trusts sites.</source>
        <translation>Only the secretariat&apos;s vault, the root of the network, trusts sites.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role: use secretariat, auditor or ministry:CODE.</source>
        <translation>&apos;%1&apos; is not a role: use secretariat, auditor or ministry:CODE.</translation>
    </message>
    <message>
        <source>This is this vault&apos;s own card.</source>
        <translation>This is this vault&apos;s own card.</translation>
    </message>
    <message>
        <source>Site %1 is already known with other keys; a site keeps its keys for life. Remove it first if it really made new ones.</source>
        <translation>Site %1 is already known with other keys; a site keeps its keys for life. Remove it first if it really made new ones.</translation>
    </message>
    <message>
        <source>The root cannot stop trusting itself.</source>
        <translation>The root cannot stop trusting itself.</translation>
    </message>
    <message>
        <source>This vault has not joined a network yet; join with the secretariat&apos;s first bundle.</source>
        <translation>This vault has not joined a network yet; join with the secretariat&apos;s first bundle.</translation>
    </message>
    <message>
        <source>The list of trusted sites in this bundle is not signed by this network&apos;s secretariat.</source>
        <translation>The list of trusted sites in this bundle is not signed by this network&apos;s secretariat.</translation>
    </message>
    <message>
        <source>The list of trusted sites in this bundle is not signed by its root.</source>
        <translation>The list of trusted sites in this bundle is not signed by its root.</translation>
    </message>
    <message>
        <source>This vault already belongs to another network (root %1).</source>
        <translation>This vault already belongs to another network (root %1).</translation>
    </message>
    <message>
        <source>The secretariat&apos;s key has fingerprint %1, not the one given (%2). Do not join: ask the secretariat by another channel which is right.</source>
        <translation>The secretariat&apos;s key has fingerprint %1, not the one given (%2). Do not join: ask the secretariat by another channel which is right.</translation>
    </message>
    <message>
        <source>The bundle&apos;s root is not a secretariat (%1).</source>
        <translation>The bundle&apos;s root is not a secretariat (%1).</translation>
    </message>
    <message>
        <source>The secretariat has not trusted this site&apos;s card yet: send it the card (oneteam-cli site card) first.</source>
        <translation>The secretariat has not trusted this site&apos;s card yet: send it the card (oneteam-cli site card) first.</translation>
    </message>
    <message>
        <source>The secretariat trusted this site as %1, but this vault was made as %2.</source>
        <translation>The secretariat trusted this site as %1, but this vault was made as %2.</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>SqliteError</name>
    <message>
        <source>The vault is damaged or was altered; nothing was changed.</source>
        <translation>The vault is damaged or was altered; nothing was changed.</translation>
    </message>
    <message>
        <source>Page %1 of the vault is damaged or was altered; nothing was changed.</source>
        <translation>Page %1 of the vault is damaged or was altered; nothing was changed.</translation>
    </message>
    <message>
        <source>Frame %1 of the vault&apos;s write-ahead log is damaged or was altered; nothing was changed.</source>
        <translation>Frame %1 of the vault&apos;s write-ahead log is damaged or was altered; nothing was changed.</translation>
    </message>
    <message>
        <source>The vault&apos;s rollback journal is damaged or was altered (at byte %1); nothing was changed.</source>
        <translation>The vault&apos;s rollback journal is damaged or was altered (at byte %1); nothing was changed.</translation>
    </message>
    <message>
        <source>The disk is full; the last change was not saved and nothing was lost.</source>
        <translation>The disk is full; the last change was not saved and nothing was lost.</translation>
    </message>
    <message>
        <source>The vault is open in another window or program.</source>
        <translation>The vault is open in another window or program.</translation>
    </message>
    <message>
        <source>Reading or writing the vault failed: %1</source>
        <translation>Reading or writing the vault failed: %1</translation>
    </message>
    <message>
        <source>The vault reported an error: %1</source>
        <translation>The vault reported an error: %1</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The bundle is damaged or was altered (%1); nothing was changed.</source>
        <translation>The bundle is damaged or was altered (%1); nothing was changed.</translation>
    </message>
    <message>
        <source>A bundle goes to other sites, not to this one.</source>
        <translation>A bundle goes to other sites, not to this one.</translation>
    </message>
    <message>
        <source>Site %1 is not trusted here.</source>
        <translation>Site %1 is not trusted here.</translation>
    </message>
    <message>
        <source>Name the sites the bundle is for; this vault trusts no other site yet.</source>
        <translation>Name the sites the bundle is for; this vault trusts no other site yet.</translation>
    </message>
    <message>
        <source>The bundle could not be signed.</source>
        <translation>The bundle could not be signed.</translation>
    </message>
    <message>
        <source>This vault&apos;s change log has a gap (site %1); it cannot be sent.</source>
        <translation>This vault&apos;s change log has a gap (site %1); it cannot be sent.</translation>
    </message>
    <message>
        <source>The disk is full; the bundle was not written (%1).</source>
        <translation>The disk is full; the bundle was not written (%1).</translation>
    </message>
    <message>
        <source>The bundle could not be written to %1: %2.</source>
        <translation>The bundle could not be written to %1: %2.</translation>
    </message>
    <message>
        <source>The bundle is signed by a site this vault does not trust (%1); nothing was changed.</source>
        <translation>The bundle is signed by a site this vault does not trust (%1); nothing was changed.</translation>
    </message>
    <message>
        <source>The bundle claims to come from %1 but is signed with another key; nothing was changed.</source>
        <translation>The bundle claims to come from %1 but is signed with another key; nothing was changed.</translation>
    </message>
    <message>
        <source>its signature does not match its contents</source>
        <translation>its signature does not match its contents</translation>
    </message>
    <message>
        <source>This bundle is for %1, not for this site; nothing was changed.</source>
        <translation>This bundle is for %1, not for this site; nothing was changed.</translation>
    </message>
    <message>
        <source>its contents are not in the bundle format</source>
        <translation>its contents are not in the bundle format</translation>
    </message>
    <message>
        <source>This bundle was imported on %1 already; nothing changed.</source>
        <translation>This bundle was imported on %1 already; nothing changed.</translation>
    </message>
    <message>
        <source>A network is joined with a bundle from its secretariat; this one comes from another site.</source>
        <translation>A network is joined with a bundle from its secretariat; this one comes from another site.</translation>
    </message>
    <message>
        <source>the changes of %1 do not carry its signature</source>
        <translation>the changes of %1 do not carry its signature</translation>
    </message>
    <message>
        <source>the changes of %1 were altered on the way</source>
        <translation>the changes of %1 were altered on the way</translation>
    </message>
    <message>
        <source>record %1 is a %2, not a %3</source>
        <translation>record %1 is a %2, not a %3</translation>
    </message>
    <message>
        <source>%1 (%2 %3): %4</source>
        <translation>%1 (%2 %3): %4</translation>
    </message>
    <message>
        <source>This bundle was written before the last one imported from %1.</source>
        <translation>This bundle was written before the last one imported from %1.</translation>
    </message>
    <message>
        <source>Nothing in this bundle is new here.</source>
        <translation>Nothing in this bundle is new here.</translation>
    </message>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>The vault is locked; unlock it first.</translation>
    </message>
    <message>
        <source>Changes from %1 are dated more than a day ahead (is its clock right?); they wait until then.</source>
        <translation>Changes from %1 are dated more than a day ahead (is its clock right?); they wait until then.</translation>
    </message>
    <message>
        <source>Changes from %1 to a record this vault has not received yet wait for it.</source>
        <translation>Changes from %1 to a record this vault has not received yet wait for it.</translation>
    </message>
    <message>
        <source>a deletion that is neither true nor false</source>
        <translation>a deletion that is neither true nor false</translation>
    </message>
    <message>
        <source>a change to &apos;%1&apos; claims to replace versions of &apos;%2&apos;</source>
        <translation>a change to &apos;%1&apos; claims to replace versions of &apos;%2&apos;</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n change(s) from a site this vault does not trust (%1).</source>
        <translation>
            <numerusform>Left out %n change from a site this vault does not trust (%1).</numerusform>
            <numerusform>Left out %n changes from a site this vault does not trust (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back %n change(s) from %1 until the earlier ones reach this vault (missing: %2); ask for a bundle that carries them.</source>
        <translation>
            <numerusform>Held back %n change from %1 until the earlier ones reach this vault (missing: %2); ask for a bundle that carries them.</numerusform>
            <numerusform>Held back %n changes from %1 until the earlier ones reach this vault (missing: %2); ask for a bundle that carries them.</numerusform>
        </translation>
    </message>
    <message>
        <source>its record&apos;s creation was refused here</source>
        <translation>its record&apos;s creation was refused here</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to record types only a newer version of OneTeam knows (%1) are kept; they apply once this site runs a version that knows them.</source>
        <translation>
            <numerusform>%n change to record types only a newer version of OneTeam knows (%1) are kept; they apply once this site runs a version that knows them.</numerusform>
            <numerusform>%n changes to record types only a newer version of OneTeam knows (%1) are kept; they apply once this site runs a version that knows them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to record types only a newer version of OneTeam knows (%1) would be kept; they apply once this site runs a version that knows them.</source>
        <translation>
            <numerusform>%n change to record types only a newer version of OneTeam knows (%1) would be kept; they apply once this site runs a version that knows them.</numerusform>
            <numerusform>%n changes to record types only a newer version of OneTeam knows (%1) would be kept; they apply once this site runs a version that knows them.</numerusform>
        </translation>
    </message>
    <message>
        <source>its record&apos;s creation is kept for a newer version; it is taken up with it</source>
        <translation>its record&apos;s creation is kept for a newer version; it is taken up with it</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Secretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Ministry (%1)</source>
        <translation>Ministry (%1)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>SyncPolicy</name>
    <message>
        <source>&apos;%1&apos; is not a record type this version of OneTeam knows (the sender runs a newer one): its changes are kept and applied once this site runs a version that knows it.</source>
        <translation>&apos;%1&apos; is not a record type this version of OneTeam knows (the sender runs a newer one): its changes are kept and applied once this site runs a version that knows it.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a record type this version of OneTeam knows.</source>
        <translation>&apos;%1&apos; is not a record type this version of OneTeam knows.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept since they arrived for a record type the version before did not know were applied (%1).</source>
        <translation>
            <numerusform>%n change kept since they arrived for a record type the version before did not know were applied (%1).</numerusform>
            <numerusform>%n changes kept since they arrived for a record type the version before did not know were applied (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept since they arrived for a record type the version before did not know were refused: %1</source>
        <translation>
            <numerusform>%n change kept since they arrived for a record type the version before did not know were refused: %1</numerusform>
            <numerusform>%n changes kept since they arrived for a record type the version before did not know were refused: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>The vault is locked; unlock it first.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role: use secretariat, auditor or ministry:CODE (e.g. ministry:MSIT).</source>
        <translation>&apos;%1&apos; is not a role: use secretariat, auditor or ministry:CODE (e.g. ministry:MSIT).</translation>
    </message>
    <message>
        <source>The site needs a name.</source>
        <translation>The site needs a name.</translation>
    </message>
    <message>
        <source>The passphrase cannot be empty.</source>
        <translation>The passphrase cannot be empty.</translation>
    </message>
    <message>
        <source>The encryption layer could not be registered.</source>
        <translation>The encryption layer could not be registered.</translation>
    </message>
    <message>
        <source>The system&apos;s random generator failed.</source>
        <translation>The system&apos;s random generator failed.</translation>
    </message>
    <message>
        <source>The vault&apos;s header was altered; the vault cannot be opened.</source>
        <translation>The vault&apos;s header was altered; the vault cannot be opened.</translation>
    </message>
    <message>
        <source>AES-256-GCM is not available from OpenSSL.</source>
        <translation>AES-256-GCM is not available from OpenSSL.</translation>
    </message>
    <message>
        <source>The vault has lost its pages (the file was cut short); nothing was changed.</source>
        <translation>The vault has lost its pages (the file was cut short); nothing was changed.</translation>
    </message>
    <message>
        <source>The vault&apos;s pages do not have the layout OneTeam writes.</source>
        <translation>The vault&apos;s pages do not have the layout OneTeam writes.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>This vault has no recovery key.</translation>
    </message>
    <message>
        <source>That is not this vault&apos;s current passphrase or recovery key.</source>
        <translation>That is not this vault&apos;s current passphrase or recovery key.</translation>
    </message>
    <message>
        <source>This system&apos;s SQLite is version %1; OneTeam&apos;s encryption was tested with %2 to %3 only, so it does not open vaults with it. Install the SQLite of Debian 12, or set ONETEAM_ALLOW_UNTESTED_SQLITE=1 at your own risk.</source>
        <translation>This system&apos;s SQLite is version %1; OneTeam&apos;s encryption was tested with %2 to %3 only, so it does not open vaults with it. Install the SQLite of Debian 12, or set ONETEAM_ALLOW_UNTESTED_SQLITE=1 at your own risk.</translation>
    </message>
    <message numerus="yes">
        <source>After several wrong answers, wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>After several wrong answers, wait %n second before trying again.</numerusform>
            <numerusform>After several wrong answers, wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recovery key could not be made.</source>
        <translation>The recovery key could not be made.</translation>
    </message>
</context>
<context>
    <name>VaultFile</name>
    <message>
        <source>The disk holding %1 is full; nothing was changed.</source>
        <translation>The disk holding %1 is full; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot read or write %1: %2</source>
        <translation>Cannot read or write %1: %2</translation>
    </message>
    <message>
        <source>The vault %1 is open in another window or program.</source>
        <translation>The vault %1 is open in another window or program.</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>There is no vault at %1.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 exists already; choose another name.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>A vault header must be 4096 bytes.</source>
        <translation>A vault header must be 4096 bytes.</translation>
    </message>
    <message>
        <source>The disk is full. The change was saved beside the vault and is completed the next time the vault is opened.</source>
        <translation>The disk is full. The change was saved beside the vault and is completed the next time the vault is opened.</translation>
    </message>
    <message>
        <source>Writing the vault&apos;s header failed. The change was saved beside the vault and is completed the next time the vault is opened.</source>
        <translation>Writing the vault&apos;s header failed. The change was saved beside the vault and is completed the next time the vault is opened.</translation>
    </message>
</context>
<context>
    <name>VaultHeader</name>
    <message>
        <source>This file is not a OneTeam vault.</source>
        <translation>This file is not a OneTeam vault.</translation>
    </message>
    <message>
        <source>The vault&apos;s header is damaged or was altered; the vault cannot be opened.</source>
        <translation>The vault&apos;s header is damaged or was altered; the vault cannot be opened.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of OneTeam (format %1).</source>
        <translation>This vault was made by a newer version of OneTeam (format %1).</translation>
    </message>
    <message>
        <source>This vault uses a page layout or cipher this version does not support.</source>
        <translation>This vault uses a page layout or cipher this version does not support.</translation>
    </message>
    <message>
        <source>The vault has a key slot of an unknown kind.</source>
        <translation>The vault has a key slot of an unknown kind.</translation>
    </message>
    <message>
        <source>The vault&apos;s key derivation settings are outside the supported range.</source>
        <translation>The vault&apos;s key derivation settings are outside the supported range.</translation>
    </message>
    <message>
        <source>Wrapping the vault key failed.</source>
        <translation>Wrapping the vault key failed.</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>The passphrase is not correct.</translation>
    </message>
    <message>
        <source>The recovery key is not correct.</source>
        <translation>The recovery key is not correct.</translation>
    </message>
    <message>
        <source>This vault has no recovery key; use its passphrase.</source>
        <translation>This vault has no recovery key; use its passphrase.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>OneTeam: resolutions, actions, CAIOs, budget and indicators of the National AI Strategy Committee.</source>
        <translation>OneTeam: resolutions, actions, CAIOs, budget and indicators of the National AI Strategy Committee.</translation>
    </message>
    <message>
        <source>Render every page to DIR/&lt;page&gt;.png and exit.</source>
        <translation>Render every page to DIR/&lt;page&gt;.png and exit.</translation>
    </message>
    <message>
        <source>Interface language: ko or en.</source>
        <translation>Interface language: ko or en.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;; use ko or en.</source>
        <translation>Unknown language &apos;%1&apos;; use ko or en.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page snapshot(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n page snapshot to %1.</numerusform>
            <numerusform>Wrote %n page snapshots to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open this vault (asks for its passphrase).</source>
        <translation>Open this vault (asks for its passphrase).</translation>
    </message>
    <message>
        <source>Window size for snapshots, e.g. 1920x1080.</source>
        <translation>Window size for snapshots, e.g. 1920x1080.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a size such as 1920x1080.</source>
        <translation>&apos;%1&apos; is not a size such as 1920x1080.</translation>
    </message>
    <message>
        <source>Colours: system, light, dark or high-contrast.</source>
        <translation>Colours: system, light, dark or high-contrast.</translation>
    </message>
    <message>
        <source>A vault to open, as with --vault.</source>
        <translation>A vault to open, as with --vault.</translation>
    </message>
    <message>
        <source>Unknown theme &apos;%1&apos;; use system, light, dark or high-contrast.</source>
        <translation>Unknown theme &apos;%1&apos;; use system, light, dark or high-contrast.</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>There is no vault at %1.</translation>
    </message>
    <message>
        <source>OneTeam</source>
        <translation>OneTeam</translation>
    </message>
    <message>
        <source>Snapshots of a vault need its passphrase in ONETEAM_PASSPHRASE; the vault was not opened.</source>
        <translation>Snapshots of a vault need its passphrase in ONETEAM_PASSPHRASE; the vault was not opened.</translation>
    </message>
    <message>
        <source>Timing the start with a vault needs its passphrase in ONETEAM_PASSPHRASE; the vault was not opened.</source>
        <translation>Timing the start with a vault needs its passphrase in ONETEAM_PASSPHRASE; the vault was not opened.</translation>
    </message>
    <message>
        <source>First window shown %1 ms after the program started.</source>
        <translation>First window shown %1 ms after the program started.</translation>
    </message>
    <message>
        <source>Records shown %1 ms after the program started; opening the vault took %2 ms of it, its key derivation included.</source>
        <translation>Records shown %1 ms after the program started; opening the vault took %2 ms of it, its key derivation included.</translation>
    </message>
    <message>
        <source>Nothing was shown within a minute.</source>
        <translation>Nothing was shown within a minute.</translation>
    </message>
    <message>
        <source>Print how long the start took, to the first window and to the records of the vault given (passphrase in ONETEAM_PASSPHRASE), and exit.</source>
        <translation>Print how long the start took, to the first window and to the records of the vault given (passphrase in ONETEAM_PASSPHRASE), and exit.</translation>
    </message>
</context>
<context>
    <name>oneteam::AboutDialog</name>
    <message>
        <source>About OneTeam</source>
        <translation>About OneTeam</translation>
    </message>
    <message>
        <source>Resolutions, actions, CAIOs, task forces, budget and indicators of the National AI Strategy Committee, in an encrypted vault shared between offices as signed bundles.</source>
        <translation>Resolutions, actions, CAIOs, task forces, budget and indicators of the National AI Strategy Committee, in an encrypted vault shared between offices as signed bundles.</translation>
    </message>
    <message>
        <source>Built with Qt %1, SQLite %2 and %3.</source>
        <translation>Built with Qt %1, SQLite %2 and %3.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
</context>
<context>
    <name>oneteam::AuditPage</name>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>Audit logs (*.json)</source>
        <translation>Audit logs (*.json)</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 entries; narrow the filters to see others.</source>
        <translation>Showing the newest %1 of %2 entries; narrow the filters to see others.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>The history of %1</source>
        <translation>The history of %1</translation>
    </message>
    <message>
        <source>Every audit chain was recomputed and is intact.</source>
        <translation>Every audit chain was recomputed and is intact.</translation>
    </message>
    <message>
        <source>An audit chain is broken: the history was altered. See the sites in red.</source>
        <translation>An audit chain is broken: the history was altered. See the sites in red.</translation>
    </message>
    <message>
        <source>The audit log could not be written to %1: %2</source>
        <translation>The audit log could not be written to %1: %2</translation>
    </message>
    <message>
        <source>Saved the audit log to %1. It verifies elsewhere with the key fingerprint %2.</source>
        <translation>Saved the audit log to %1. It verifies elsewhere with the key fingerprint %2.</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>&amp;Verify now</translation>
    </message>
    <message>
        <source>E&amp;xport log…</source>
        <translation>E&amp;xport log…</translation>
    </message>
    <message>
        <source>Chains by site</source>
        <translation>Chains by site</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Search the log…</source>
        <translation>Search the log…</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Search the log</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>From this day (the first date in the list: no bound)</source>
        <translation>From this day (the first date in the list: no bound)</translation>
    </message>
    <message>
        <source>Up to this day (the first date in the list: no bound)</source>
        <translation>Up to this day (the first date in the list: no bound)</translation>
    </message>
    <message>
        <source>Show all entries</source>
        <translation>Show all entries</translation>
    </message>
    <message>
        <source>History of this record</source>
        <translation>History of this record</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Audit chains of the offices</source>
        <translation>Audit chains of the offices</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Audit log entries</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an audit chain head. A report prints it on its title page as the entry number and at least 16 hex digits of the chain value, e.g. 68:2c7e11c701b6f959.</source>
        <translation>&apos;%1&apos; is not an audit chain head. A report prints it on its title page as the entry number and at least 16 hex digits of the chain value, e.g. 68:2c7e11c701b6f959.</translation>
    </message>
    <message>
        <source>But an audit chain is broken: the history was altered. See the sites in red.</source>
        <translation>But an audit chain is broken: the history was altered. See the sites in red.</translation>
    </message>
    <message>
        <source>Check a report file</source>
        <translation>Check a report file</translation>
    </message>
    <message>
        <source>Reports (*.pdf *.xlsx *.csv);;All files (*)</source>
        <translation>Reports (*.pdf *.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Check a &amp;report</source>
        <translation>Check a &amp;report</translation>
    </message>
    <message>
        <source>Check that a report file is one a site exported, unchanged, or that a printed report names a real state of this history</source>
        <translation>Check that a report file is one a site exported, unchanged, or that a printed report names a real state of this history</translation>
    </message>
    <message>
        <source>A report &amp;file…</source>
        <translation>A report &amp;file…</translation>
    </message>
    <message>
        <source>A &amp;printed report&apos;s audit chain head…</source>
        <translation>A &amp;printed report&apos;s audit chain head…</translation>
    </message>
</context>
<context>
    <name>oneteam::ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>The old passphrase stops working as soon as the new one is saved. The records themselves are not rewritten.</source>
        <translation>The old passphrase stops working as soon as the new one is saved. The records themselves are not rewritten.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Sealing the vault&apos;s key with the new passphrase…</source>
        <translation>Sealing the vault&apos;s key with the new passphrase…</translation>
    </message>
</context>
<context>
    <name>oneteam::CreateVaultDialog</name>
    <message>
        <source>Create a vault</source>
        <translation>Create a vault</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>Vault file</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>e.g. Secretariat, or the ministry&apos;s office</source>
        <translation>e.g. Secretariat, or the ministry&apos;s office</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministry</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Ministry code</source>
        <translation>Ministry code</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>OneTeam vaults (*.otvault)</source>
        <translation>OneTeam vaults (*.otvault)</translation>
    </message>
    <message>
        <source>Vault file:</source>
        <translation>Vault file:</translation>
    </message>
    <message>
        <source>Site name:</source>
        <translation>Site name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Ministry code:</source>
        <translation>Ministry code:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Choose where the vault goes.</source>
        <translation>Choose where the vault goes.</translation>
    </message>
    <message>
        <source>Give this site a name.</source>
        <translation>Give this site a name.</translation>
    </message>
    <message>
        <source>A ministry code is 2 to 8 capital letters, e.g. MSIT.</source>
        <translation>A ministry code is 2 to 8 capital letters, e.g. MSIT.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Creating the vault…</translation>
    </message>
</context>
<context>
    <name>oneteam::DashboardPage</name>
    <message>
        <source>All fiscal years</source>
        <translation>All fiscal years</translation>
    </message>
    <message>
        <source>Fiscal year %1</source>
        <translation>Fiscal year %1</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Executed</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>Revised</translation>
    </message>
    <message>
        <source>Enacted</source>
        <translation>Enacted</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Execution rate %1%</source>
        <translation>Execution rate %1%</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Path the targets imply</source>
        <translation>Path the targets imply</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>Secured</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>%1: %2 now; %3 by %4 (%5 to go); the path expects %6 today</source>
        <translation>%1: %2 now; %3 by %4 (%5 to go); the path expects %6 today</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Flagged rank</source>
        <translation>Flagged rank</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 ministries</source>
        <translation>%1: %2 of %3 ministries</translation>
    </message>
    <message>
        <source>%1 of %2 ministries have an active CAIO</source>
        <translation>%1 of %2 ministries have an active CAIO</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Resolutions</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Ministry</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Budget: proposal %1, enacted %2, executed %3.</source>
        <translation>Budget: proposal %1, enacted %2, executed %3.</translation>
    </message>
    <message>
        <source>Actions: %1, of which %2 overdue.</source>
        <translation>Actions: %1, of which %2 overdue.</translation>
    </message>
    <message>
        <source>CAIO: %1 of %2 ministries covered.</source>
        <translation>CAIO: %1 of %2 ministries covered.</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Save as SVG…</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <source>Open or unlock a vault to see where things stand.</source>
        <translation>Open or unlock a vault to see where things stand.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Your ministry (%1): its actions, budget lines and CAIO; the national indicators.</source>
        <translation>Your ministry (%1): its actions, budget lines and CAIO; the national indicators.</translation>
    </message>
    <message>
        <source>The whole committee.</source>
        <translation>The whole committee.</translation>
    </message>
    <message>
        <source>Budget by stage (%1)</source>
        <translation>Budget by stage (%1)</translation>
    </message>
    <message>
        <source>Proposal by category (%1)</source>
        <translation>Proposal by category (%1)</translation>
    </message>
    <message>
        <source>Enacted by ministry (%1)</source>
        <translation>Enacted by ministry (%1)</translation>
    </message>
    <message>
        <source>GPUs secured against the targets</source>
        <translation>GPUs secured against the targets</translation>
    </message>
    <message>
        <source>CAIO coverage</source>
        <translation>CAIO coverage</translation>
    </message>
    <message>
        <source>Resolutions by status</source>
        <translation>Resolutions by status</translation>
    </message>
    <message>
        <source>Actions by ministry and status (overdue in red)</source>
        <translation>Actions by ministry and status (overdue in red)</translation>
    </message>
    <message>
        <source>Milestones and partnerships</source>
        <translation>Milestones and partnerships</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Auditor: the whole committee, and what changed in the period chosen.</source>
        <translation>Auditor: the whole committee, and what changed in the period chosen.</translation>
    </message>
    <message>
        <source>Resolutions by policy keyword</source>
        <translation>Resolutions by policy keyword</translation>
    </message>
    <message>
        <source>Proposal by policy keyword (%1)</source>
        <translation>Proposal by policy keyword (%1)</translation>
    </message>
    <message>
        <source>Your open actions, by due date</source>
        <translation>Your open actions, by due date</translation>
    </message>
    <message>
        <source>Records changed from %1 to %2</source>
        <translation>Records changed from %1 to %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Changes from</source>
        <translation>Changes from</translation>
    </message>
    <message>
        <source>Changes to</source>
        <translation>Changes to</translation>
    </message>
    <message>
        <source>The whole committee</source>
        <translation>The whole committee</translation>
    </message>
    <message>
        <source>Whose dashboard</source>
        <translation>Whose dashboard</translation>
    </message>
    <message>
        <source>%1 as its officer sees it: its actions, budget lines and CAIO; the national indicators.</source>
        <translation>%1 as its officer sees it: its actions, budget lines and CAIO; the national indicators.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>This vault exchanges bundles with no other office yet (Sync page).</source>
        <translation>This vault exchanges bundles with no other office yet (Sync page).</translation>
    </message>
    <message>
        <source>Bundles: %1 of %2 offices sent one in the last %3 days; %4 never did.</source>
        <translation>Bundles: %1 of %2 offices sent one in the last %3 days; %4 never did.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review (Sync page).</source>
        <translation>
            <numerusform>%n conflict to review (Sync page).</numerusform>
            <numerusform>%n conflicts to review (Sync page).</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>No conflicts to review.</translation>
    </message>
    <message>
        <source>Last bundle received from each office</source>
        <translation>Last bundle received from each office</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Audit log BROKEN at its verification on %1: %2 (Audit page).</source>
        <translation>Audit log BROKEN at its verification on %1: %2 (Audit page).</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entries (sites: %1), not verified yet (Audit page, Verify now).</source>
        <translation>
            <numerusform>Audit log: %n entry (sites: %1), not verified yet (Audit page, Verify now).</numerusform>
            <numerusform>Audit log: %n entries (sites: %1), not verified yet (Audit page, Verify now).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entries (sites: %1); verified intact on %2, entries added since: %3.</source>
        <translation>
            <numerusform>Audit log: %n entry (sites: %1); verified intact on %2, entries added since: %3.</numerusform>
            <numerusform>Audit log: %n entries (sites: %1); verified intact on %2, entries added since: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures and charts</source>
        <translation>Figures and charts</translation>
    </message>
    <message>
        <source>Milestones and partnerships on a timeline</source>
        <translation>Milestones and partnerships on a timeline</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>from any date</source>
        <translation>from any date</translation>
    </message>
    <message>
        <source>to any date</source>
        <translation>to any date</translation>
    </message>
    <message>
        <source>Resolutions adopted, actions due, milestones and partnerships dated in this period; the budget follows the fiscal year.</source>
        <translation>Resolutions adopted, actions due, milestones and partnerships dated in this period; the budget follows the fiscal year.</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Planned or under way</source>
        <translation>Planned or under way</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>The ministry has an active CAIO</source>
        <translation>The ministry has an active CAIO</translation>
    </message>
    <message>
        <source>The ministry has no active CAIO yet</source>
        <translation>The ministry has no active CAIO yet</translation>
    </message>
    <message>
        <source>Nothing to show for this view and period.</source>
        <translation>Nothing to show for this view and period.</translation>
    </message>
</context>
<context>
    <name>oneteam::ExportDialog</name>
    <message>
        <source>Export a bundle</source>
        <translation>Export a bundle</translation>
    </message>
    <message>
        <source>The bundle carries what each site chosen lacks, as far as this vault knows from the bundles it received. Only those sites can open it.</source>
        <translation>The bundle carries what each site chosen lacks, as far as this vault knows from the bundles it received. Only those sites can open it.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Write bundle…</source>
        <translation>Write bundle…</translation>
    </message>
</context>
<context>
    <name>oneteam::ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt;, written %2.</source>
        <translation>From &lt;b&gt;%1&lt;/b&gt;, written %2.</translation>
    </message>
    <message>
        <source>The list of trusted sites will be updated.</source>
        <translation>The list of trusted sites will be updated.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Incoming changes</source>
        <translation>Incoming changes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>(new record)</source>
        <translation>(new record)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>(restored)</source>
        <translation>(restored)</translation>
    </message>
    <message>
        <source>Refused: the sender&apos;s role does not allow this change.</source>
        <translation>Refused: the sender&apos;s role does not allow this change.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s): %1 will apply, %2 will be refused, %3 are here already.</source>
        <translation>
            <numerusform>%Ln change: %1 will apply, %2 will be refused, %3 are here already.</numerusform>
            <numerusform>%Ln changes: %1 will apply, %2 will be refused, %3 are here already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new conflict(s) to review.</source>
        <translation>
            <numerusform>%Ln new conflict to review.</numerusform>
            <numerusform>%Ln new conflicts to review.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept, not applied: a record type only a newer version of OneTeam knows. It applies once this site runs that version.</source>
        <translation>Kept, not applied: a record type only a newer version of OneTeam knows. It applies once this site runs that version.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be kept for a newer version.</source>
        <translation>
            <numerusform>%Ln will be kept for a newer version.</numerusform>
            <numerusform>%Ln will be kept for a newer version.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oneteam::JoinDialog</name>
    <message>
        <source>Join a network</source>
        <translation>Join a network</translation>
    </message>
    <message>
        <source>Type the secretariat&apos;s key fingerprint as the secretariat read it to you. The bundle is applied only if its key matches.</source>
        <translation>Type the secretariat&apos;s key fingerprint as the secretariat read it to you. The bundle is applied only if its key matches.</translation>
    </message>
    <message>
        <source>Secretariat&apos;s key fingerprint</source>
        <translation>Secretariat&apos;s key fingerprint</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Join</translation>
    </message>
</context>
<context>
    <name>oneteam::MainWindow</name>
    <message>
        <source>OneTeam: National AI Strategy Committee</source>
        <translation>OneTeam: National AI Strategy Committee</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About OneTeam</source>
        <translation>&amp;About OneTeam</translation>
    </message>
    <message>
        <source>No vault open</source>
        <translation>No vault open</translation>
    </message>
    <message>
        <source>Vault: %1 · Role: %2</source>
        <translation>Vault: %1 · Role: %2</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;New vault…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>&amp;Open vault…</translation>
    </message>
    <message>
        <source>V&amp;ault</source>
        <translation>V&amp;ault</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Change passphrase…</translation>
    </message>
    <message>
        <source>Create a &amp;recovery key…</source>
        <translation>Create a &amp;recovery key…</translation>
    </message>
    <message>
        <source>Remove the recovery key</source>
        <translation>Remove the recovery key</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>Lock when idle</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s)</source>
        <translation>
            <numerusform>After %n minute</numerusform>
            <numerusform>After %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Unlock…</translation>
    </message>
    <message>
        <source>The vault %1 is locked. Nothing of its records is shown until it is unlocked.</source>
        <translation>The vault %1 is locked. Nothing of its records is shown until it is unlocked.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Open a vault</translation>
    </message>
    <message>
        <source>OneTeam vaults (*.otvault)</source>
        <translation>OneTeam vaults (*.otvault)</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>The passphrase was changed.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>This vault has a recovery key. A new one replaces it; the old one stops working.</source>
        <translation>This vault has a recovery key. A new one replaces it; the old one stops working.</translation>
    </message>
    <message>
        <source>Remove the recovery key? Only the passphrase will open the vault.</source>
        <translation>Remove the recovery key? Only the passphrase will open the vault.</translation>
    </message>
    <message>
        <source>OneTeam</source>
        <translation>OneTeam</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;New record</translation>
    </message>
    <message>
        <source>&amp;Save record</source>
        <translation>&amp;Save record</translation>
    </message>
    <message>
        <source>&amp;Delete record</source>
        <translation>&amp;Delete record</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Close vault</source>
        <translation>&amp;Close vault</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Previous page</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Next page</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>National AI Strategy Committee secretariat (sample)</source>
        <translation>National AI Strategy Committee secretariat (sample)</translation>
    </message>
    <message>
        <source>The sample dataset could not be loaded: %1</source>
        <translation>The sample dataset could not be loaded: %1</translation>
    </message>
    <message>
        <source>The sample vault is open. Its passphrase is &quot;%1&quot;.</source>
        <translation>The sample vault is open. Its passphrase is &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No vault opened yet</source>
        <translation>No vault opened yet</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Preferences saved.</translation>
    </message>
</context>
<context>
    <name>oneteam::NewPassphraseFields</name>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Caps Lock seems to be on.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Choose a passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>oneteam::PlaceholderPage</name>
    <message>
        <source>Not available yet.</source>
        <translation>Not available yet.</translation>
    </message>
</context>
<context>
    <name>oneteam::RecordEditor</name>
    <message>
        <source>This record was deleted.</source>
        <translation>This record was deleted.</translation>
    </message>
    <message>
        <source>Read only: this vault&apos;s role (%1) changes nothing.</source>
        <translation>Read only: this vault&apos;s role (%1) changes nothing.</translation>
    </message>
    <message>
        <source>Read only: this vault&apos;s role (%1) does not change this record.</source>
        <translation>Read only: this vault&apos;s role (%1) does not change this record.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation>Not saved: correct the marked fields.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Not deleted: %1</translation>
    </message>
    <message>
        <source>This record was deleted; Undo (Ctrl+Z) brings it back.</source>
        <translation>This record was deleted; Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>%1 (more than %2)</source>
        <translation>%1 (more than %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No linked records.</source>
        <translation>No linked records.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>Illustrative record: the facts are silent here (marked &apos;sample&apos;).</source>
        <translation>Illustrative record: the facts are silent here (marked &apos;sample&apos;).</translation>
    </message>
    <message>
        <source>Choose a record in the list, or create one with New (Ctrl+N).</source>
        <translation>Choose a record in the list, or create one with New (Ctrl+N).</translation>
    </message>
    <message>
        <source>Open or unlock a vault to see its records.</source>
        <translation>Open or unlock a vault to see its records.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the record (Ctrl+S)</source>
        <translation>Save the record (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>Linked records</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Every change to this record, from the audit log</source>
        <translation>Every change to this record, from the audit log</translation>
    </message>
    <message>
        <source>Fields of the record</source>
        <translation>Fields of the record</translation>
    </message>
    <message>
        <source>This record also holds fields from a newer version of OneTeam (%1). This version cannot show them; saving keeps them as they are.</source>
        <translation>This record also holds fields from a newer version of OneTeam (%1). This version cannot show them; saving keeps them as they are.</translation>
    </message>
</context>
<context>
    <name>oneteam::RecordListPage</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Open or unlock a vault to see its records.</source>
        <translation>Open or unlock a vault to see its records.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The record you are editing has unsaved changes. Save them before moving on?</source>
        <translation>The record you are editing has unsaved changes. Save them before moving on?</translation>
    </message>
    <message>
        <source>Search: type to filter (Ctrl+F)</source>
        <translation>Search: type to filter (Ctrl+F)</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <source>Create a record (Ctrl+N)</source>
        <translation>Create a record (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <source>%n or more records; scroll for the rest</source>
        <translation>
            <numerusform>%n or more records; scroll for the rest</numerusform>
            <numerusform>%n or more records; scroll for the rest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ministry(s) without an active CAIO: %1</source>
        <translation>
            <numerusform>%n ministry(s) without an active CAIO: %1</numerusform>
            <numerusform>%n ministry(s) without an active CAIO: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oneteam::RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Write this key down and keep it apart from the computer. It opens the vault if the passphrase is lost. It is shown only now.</source>
        <translation>Write this key down and keep it apart from the computer. It opens the vault if the passphrase is lost. It is shown only now.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>oneteam::ReportHeadDialog</name>
    <message>
        <source>Check a printed report</source>
        <translation>Check a printed report</translation>
    </message>
    <message>
        <source>Type the audit chain head and the site as the report&apos;s title page prints them, or paste the check command printed below them.</source>
        <translation>Type the audit chain head and the site as the report&apos;s title page prints them, or paste the check command printed below them.</translation>
    </message>
    <message>
        <source>e.g. 68:2c7e11c701b6f959…</source>
        <translation>e.g. 68:2c7e11c701b6f959…</translation>
    </message>
    <message>
        <source>Not known: look in every site&apos;s log</source>
        <translation>Not known: look in every site&apos;s log</translation>
    </message>
    <message>
        <source>Audit chain &amp;head:</source>
        <translation>Audit chain &amp;head:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>Not a head yet: the entry number and at least 16 hex digits of the chain value, e.g. 68:2c7e11c701b6f959.</source>
        <translation>Not a head yet: the entry number and at least 16 hex digits of the chain value, e.g. 68:2c7e11c701b6f959.</translation>
    </message>
</context>
<context>
    <name>oneteam::ReportsPage</name>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>The vault is locked; unlock it first.</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Chart: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Print preview: %1</translation>
    </message>
    <message>
        <source>Folder for the CSV files (one per table)</source>
        <translation>Folder for the CSV files (one per table)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>Saved %1 to %2.</translation>
    </message>
    <message>
        <source>Saved %1 as %2 CSV files in %3.</source>
        <translation>Saved %1 as %2 CSV files in %3.</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Print &amp;preview…</source>
        <translation>Print &amp;preview…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>What the report holds</source>
        <translation>What the report holds</translation>
    </message>
    <message>
        <source>Section and table</source>
        <translation>Section and table</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Contents of the report</source>
        <translation>Contents of the report</translation>
    </message>
</context>
<context>
    <name>oneteam::SettingsDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Choose: %1</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s)</source>
        <translation>
            <numerusform>After %n minute</numerusform>
            <numerusform>After %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>The last vault opened</source>
        <translation>The last vault opened</translation>
    </message>
    <message>
        <source>Standard (about 0.5 s to unlock)</source>
        <translation>Standard (about 0.5 s to unlock)</translation>
    </message>
    <message>
        <source>Strong (about 1 s)</source>
        <translation>Strong (about 1 s)</translation>
    </message>
    <message>
        <source>Maximum (about 2 s)</source>
        <translation>Maximum (about 2 s)</translation>
    </message>
    <message>
        <source>How long this computer works to turn a passphrase into the key of a new vault. Longer makes guessing the passphrase slower for anyone holding a copy of the file. Existing vaults keep theirs until their passphrase is changed.</source>
        <translation>How long this computer works to turn a passphrase into the key of a new vault. Longer makes guessing the passphrase slower for anyone holding a copy of the file. Existing vaults keep theirs until their passphrase is changed.</translation>
    </message>
    <message>
        <source>The interface&apos;s language</source>
        <translation>The interface&apos;s language</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Vaults and security</source>
        <translation>Vaults and security</translation>
    </message>
    <message>
        <source>Lock when &amp;idle:</source>
        <translation>Lock when &amp;idle:</translation>
    </message>
    <message>
        <source>Vault opened at start</source>
        <translation>Vault opened at start</translation>
    </message>
    <message>
        <source>&amp;Vault opened at start:</source>
        <translation>&amp;Vault opened at start:</translation>
    </message>
    <message>
        <source>OneTeam vaults (*.otvault)</source>
        <translation>OneTeam vaults (*.otvault)</translation>
    </message>
    <message>
        <source>&amp;Key derivation for new vaults:</source>
        <translation>&amp;Key derivation for new vaults:</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Report la&amp;nguage:</source>
        <translation>Report la&amp;nguage:</translation>
    </message>
    <message>
        <source>Report &amp;format:</source>
        <translation>Report &amp;format:</translation>
    </message>
    <message>
        <source>Folder for exported reports</source>
        <translation>Folder for exported reports</translation>
    </message>
    <message>
        <source>Folder for e&amp;xported reports:</source>
        <translation>Folder for e&amp;xported reports:</translation>
    </message>
</context>
<context>
    <name>oneteam::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <source>Next control</source>
        <translation>Next control</translation>
    </message>
    <message>
        <source>Previous control</source>
        <translation>Previous control</translation>
    </message>
    <message>
        <source>Open the menus</source>
        <translation>Open the menus</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Close a dialog without saving</translation>
    </message>
    <message>
        <source>Press the underlined letter of a button or label</source>
        <translation>Press the underlined letter of a button or label</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+letter</translation>
    </message>
    <message>
        <source>Every command below is also in the menus; the keys work on any page where the command applies.</source>
        <translation>Every command below is also in the menus; the keys work on any page where the command applies.</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Open the selected row</translation>
    </message>
</context>
<context>
    <name>oneteam::SyncPage</name>
    <message>
        <source>Save this site&apos;s card</source>
        <translation>Save this site&apos;s card</translation>
    </message>
    <message>
        <source>Site cards (*.otcard)</source>
        <translation>Site cards (*.otcard)</translation>
    </message>
    <message>
        <source>Trust a site card</source>
        <translation>Trust a site card</translation>
    </message>
    <message>
        <source>Site cards (*.otcard *.card);;All files (*)</source>
        <translation>Site cards (*.otcard *.card);;All files (*)</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Import a bundle</translation>
    </message>
    <message>
        <source>Bundles (*.otbundle);;All files (*)</source>
        <translation>Bundles (*.otbundle);;All files (*)</translation>
    </message>
    <message>
        <source>Write the bundle</source>
        <translation>Write the bundle</translation>
    </message>
    <message>
        <source>Bundles (*.otbundle)</source>
        <translation>Bundles (*.otbundle)</translation>
    </message>
    <message>
        <source>The secretariat&apos;s first bundle</source>
        <translation>The secretariat&apos;s first bundle</translation>
    </message>
    <message>
        <source>Open a vault to see its site.</source>
        <translation>Open a vault to see its site.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Site id %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Site id %3</translation>
    </message>
    <message>
        <source>This site&apos;s key fingerprint: read it out when another office checks your card.</source>
        <translation>This site&apos;s key fingerprint: read it out when another office checks your card.</translation>
    </message>
    <message>
        <source>This vault is the root of its network: it trusts the other sites&apos; cards and gives them their roles.&lt;ol&gt;&lt;li&gt;Each office saves its site card and gives it to you.&lt;/li&gt;&lt;li&gt;Read its fingerprint together by phone, then trust the card (Sites tab).&lt;/li&gt;&lt;li&gt;Export a bundle to the new site and read this vault&apos;s fingerprint to it: it joins with both.&lt;/li&gt;&lt;li&gt;From then on, import what offices send and export what they lack. Bundles to one office may carry others&apos; changes: the secretariat relays.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>This vault is the root of its network: it trusts the other sites&apos; cards and gives them their roles.&lt;ol&gt;&lt;li&gt;Each office saves its site card and gives it to you.&lt;/li&gt;&lt;li&gt;Read its fingerprint together by phone, then trust the card (Sites tab).&lt;/li&gt;&lt;li&gt;Export a bundle to the new site and read this vault&apos;s fingerprint to it: it joins with both.&lt;/li&gt;&lt;li&gt;From then on, import what offices send and export what they lack. Bundles to one office may carry others&apos; changes: the secretariat relays.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>This vault has not joined a network yet.&lt;ol&gt;&lt;li&gt;Save this site&apos;s card and give it to the secretariat, with the fingerprint above.&lt;/li&gt;&lt;li&gt;When the secretariat sends its first bundle, join the network with it and the secretariat&apos;s fingerprint.&lt;/li&gt;&lt;li&gt;Then export bundles for the secretariat and import what it sends.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>This vault has not joined a network yet.&lt;ol&gt;&lt;li&gt;Save this site&apos;s card and give it to the secretariat, with the fingerprint above.&lt;/li&gt;&lt;li&gt;When the secretariat sends its first bundle, join the network with it and the secretariat&apos;s fingerprint.&lt;/li&gt;&lt;li&gt;Then export bundles for the secretariat and import what it sends.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Network of %1 (key fingerprint %2).</source>
        <translation>Network of %1 (key fingerprint %2).</translation>
    </message>
    <message>
        <source>this site</source>
        <translation>this site</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>trusted</translation>
    </message>
    <message>
        <source>no longer trusted</source>
        <translation>no longer trusted</translation>
    </message>
    <message>
        <source>root</source>
        <translation>root</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>deleted by %1, %2</source>
        <translation>deleted by %1, %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Edited while deleted elsewhere</source>
        <translation>Edited while deleted elsewhere</translation>
    </message>
    <message>
        <source>Edited at two sites</source>
        <translation>Edited at two sites</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <source>sent to</source>
        <translation>sent to</translation>
    </message>
    <message>
        <source>received from</source>
        <translation>received from</translation>
    </message>
    <message>
        <source>The card could not be written to %1: %2</source>
        <translation>The card could not be written to %1: %2</translation>
    </message>
    <message>
        <source>Saved this site&apos;s card to %1. Give it to the secretariat, with the fingerprint %2.</source>
        <translation>Saved this site&apos;s card to %1. Give it to the secretariat, with the fingerprint %2.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>Trusted %1 as %2. Send it a bundle so that it can join.</source>
        <translation>Trusted %1 as %2. Send it a bundle so that it can join.</translation>
    </message>
    <message>
        <source>Unknown record type %1.</source>
        <translation>Unknown record type %1.</translation>
    </message>
    <message>
        <source>Settled. The next bundle carries the settlement to the other sites.</source>
        <translation>Settled. The next bundle carries the settlement to the other sites.</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Import a bundle…</translation>
    </message>
    <message>
        <source>Verify a bundle, see what it will change and from whom, then apply it</source>
        <translation>Verify a bundle, see what it will change and from whom, then apply it</translation>
    </message>
    <message>
        <source>Export a bundle…</source>
        <translation>Export a bundle…</translation>
    </message>
    <message>
        <source>Write the changes chosen sites lack into a signed, encrypted file</source>
        <translation>Write the changes chosen sites lack into a signed, encrypted file</translation>
    </message>
    <message>
        <source>Save this site&apos;s card…</source>
        <translation>Save this site&apos;s card…</translation>
    </message>
    <message>
        <source>Join a network…</source>
        <translation>Join a network…</translation>
    </message>
    <message>
        <source>Trust a site card…</source>
        <translation>Trust a site card…</translation>
    </message>
    <message>
        <source>Keep the value shown</source>
        <translation>Keep the value shown</translation>
    </message>
    <message>
        <source>Keep the other value</source>
        <translation>Keep the other value</translation>
    </message>
    <message>
        <source>Restore with the edits</source>
        <translation>Restore with the edits</translation>
    </message>
    <message>
        <source>Keep deleted</source>
        <translation>Keep deleted</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>Two sites changed the same field without seeing each other&apos;s change, or one deleted a record another was editing. Every site shows the same value until someone settles it; nothing is lost meanwhile.</source>
        <translation>Two sites changed the same field without seeing each other&apos;s change, or one deleted a record another was editing. Every site shows the same value until someone settles it; nothing is lost meanwhile.</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>This site</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>Last bundle received</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>Site id</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Shown everywhere</source>
        <translation>Shown everywhere</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>New conflicts</source>
        <translation>New conflicts</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>Bundles sent and received</translation>
    </message>
    <message>
        <source>Stop trusting a site</source>
        <translation>Stop trusting a site</translation>
    </message>
    <message>
        <source>Stop trusting %1? Its bundles will be refused, and the next bundles tell every office.</source>
        <translation>Stop trusting %1? Its bundles will be refused, and the next bundles tell every office.</translation>
    </message>
    <message>
        <source>The site is no longer trusted; the next bundles tell every office.</source>
        <translation>The site is no longer trusted; the next bundles tell every office.</translation>
    </message>
    <message>
        <source>Stop trusting…</source>
        <translation>Stop trusting…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln change(s) for %1 to %2.</source>
        <translation>
            <numerusform>Wrote %Ln change for %1 to %2.</numerusform>
            <numerusform>Wrote %Ln changes for %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 from %2: %Ln change(s) applied, %3 refused.</source>
        <translation>
            <numerusform>Imported %1 from %2: %Ln change applied, %3 refused.</numerusform>
            <numerusform>Imported %1 from %2: %Ln changes applied, %3 refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new conflict(s) to review.</source>
        <translation>
            <numerusform>%Ln new conflict to review.</numerusform>
            <numerusform>%Ln new conflicts to review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Joined the network of %1: %Ln change(s) applied.</source>
        <translation>
            <numerusform>Joined the network of %1: %Ln change applied.</numerusform>
            <numerusform>Joined the network of %1: %Ln changes applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to record types only a newer version knows are kept until this site is upgraded.</source>
        <translation>
            <numerusform>%Ln change to record types only a newer version knows are kept until this site is upgraded.</numerusform>
            <numerusform>%Ln changes to record types only a newer version knows are kept until this site is upgraded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln kept for a newer version)</source>
        <translation>
            <numerusform>%1 (%Ln kept for a newer version)</numerusform>
            <numerusform>%1 (%Ln kept for a newer version)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oneteam::Theme</name>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
</context>
<context>
    <name>oneteam::TrustCardDialog</name>
    <message>
        <source>Trust a site</source>
        <translation>Trust a site</translation>
    </message>
    <message>
        <source>Trust this site only after you have read its key fingerprint out with someone at that site, by phone or in person.</source>
        <translation>Trust this site only after you have read its key fingerprint out with someone at that site, by phone or in person.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>Site id</translation>
    </message>
    <message>
        <source>Asks to be</source>
        <translation>Asks to be</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>I checked the fingerprint with the site</source>
        <translation>I checked the fingerprint with the site</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
</context>
<context>
    <name>oneteam::UnlockDialog</name>
    <message>
        <source>Use the recovery key instead</source>
        <translation>Use the recovery key instead</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Caps Lock seems to be on.</translation>
    </message>
    <message>
        <source>Unlock vault</source>
        <translation>Unlock vault</translation>
    </message>
    <message>
        <source>Enter the passphrase of %1.</source>
        <translation>Enter the passphrase of %1.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Recovery key:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Confirm it is you</source>
        <translation>Confirm it is you</translation>
    </message>
    <message>
        <source>The keys of %1 are about to change. Enter its current passphrase first, so nobody else at this unlocked window can do it.</source>
        <translation>The keys of %1 are about to change. Enter its current passphrase first, so nobody else at this unlocked window can do it.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the recovery key…</source>
        <translation>Checking the recovery key…</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Checking the passphrase…</translation>
    </message>
</context>
<context>
    <name>oneteam::WelcomePage</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (missing)</source>
        <translation>%1 — %2 (missing)</translation>
    </message>
    <message>
        <source>Welcome to OneTeam</source>
        <translation>Welcome to OneTeam</translation>
    </message>
    <message>
        <source>OneTeam keeps the committee&apos;s resolutions, follow-up actions, CAIOs, task forces, budget lines and indicators in an encrypted vault on this computer, and carries changes between offices as signed, encrypted bundle files. Choose how to begin.</source>
        <translation>OneTeam keeps the committee&apos;s resolutions, follow-up actions, CAIOs, task forces, budget lines and indicators in an encrypted vault on this computer, and carries changes between offices as signed, encrypted bundle files. Choose how to begin.</translation>
    </message>
    <message>
        <source>&amp;Create a vault…</source>
        <translation>&amp;Create a vault…</translation>
    </message>
    <message>
        <source>For this office: the secretariat, a ministry (its CAIO&apos;s staff) or an auditor. You choose the role and a passphrase.</source>
        <translation>For this office: the secretariat, a ministry (its CAIO&apos;s staff) or an auditor. You choose the role and a passphrase.</translation>
    </message>
    <message>
        <source>Open the &amp;sample vault</source>
        <translation>Open the &amp;sample vault</translation>
    </message>
    <message>
        <source>A vault filled with the committee&apos;s published figures (the 10.1 trillion won AI budget, the 19 ministries, the GPU targets), to look around without risk. Its passphrase is &quot;oneteam sample vault&quot;.</source>
        <translation>A vault filled with the committee&apos;s published figures (the 10.1 trillion won AI budget, the 19 ministries, the GPU targets), to look around without risk. Its passphrase is &quot;oneteam sample vault&quot;.</translation>
    </message>
    <message>
        <source>&amp;Join a network…</source>
        <translation>&amp;Join a network…</translation>
    </message>
    <message>
        <source>Create this office&apos;s vault, then read the first bundle the secretariat sent you and check its key fingerprint as they told it to you.</source>
        <translation>Create this office&apos;s vault, then read the first bundle the secretariat sent you and check its key fingerprint as they told it to you.</translation>
    </message>
    <message>
        <source>&amp;Open a vault file…</source>
        <translation>&amp;Open a vault file…</translation>
    </message>
    <message>
        <source>A vault made before, on this computer or copied from another.</source>
        <translation>A vault made before, on this computer or copied from another.</translation>
    </message>
    <message>
        <source>&amp;Recent vaults</source>
        <translation>&amp;Recent vaults</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Remove from the list</translation>
    </message>
    <message>
        <source>The vault file itself is not deleted.</source>
        <translation>The vault file itself is not deleted.</translation>
    </message>
</context>
</TS>
