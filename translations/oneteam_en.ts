<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
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
        <source>create or update a record from JSON on stdin</source>
        <translation>create or update a record from JSON on stdin</translation>
    </message>
    <message>
        <source>delete a record</source>
        <translation>delete a record</translation>
    </message>
    <message>
        <source>change the vault's passphrase</source>
        <translation>change the vault's passphrase</translation>
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
        <source>export this site's public card</source>
        <translation>export this site's public card</translation>
    </message>
    <message>
        <source>trust another site's card with a role</source>
        <translation>trust another site's card with a role</translation>
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
        <source>Run 'oneteam-cli --help' for the list of commands.</source>
        <translation>Run 'oneteam-cli --help' for the list of commands.</translation>
    </message>
    <message>
        <source>'%1' is not available yet.</source>
        <translation>'%1' is not available yet.</translation>
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
        <source>The dashboards arrive once the records they summarise can be entered.</source>
        <translation>The dashboards arrive once the records they summarise can be entered.</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Resolutions</translation>
    </message>
    <message>
        <source>The committee's resolutions: number, title, adoption date, policy keyword, status, lead and cooperating ministries, linked budget lines.</source>
        <translation>The committee's resolutions: number, title, adoption date, policy keyword, status, lead and cooperating ministries, linked budget lines.</translation>
    </message>
    <message>
        <source>Resolutions can be recorded once the governance records are in place.</source>
        <translation>Resolutions can be recorded once the governance records are in place.</translation>
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
        <source>Actions can be tracked once the governance records are in place.</source>
        <translation>Actions can be tracked once the governance records are in place.</translation>
    </message>
    <message>
        <source>CAIOs</source>
        <translation>CAIOs</translation>
    </message>
    <message>
        <source>The roster of each ministry's Chief AI Officer: rank, appointment, term and status. Ministries without an active CAIO stand out.</source>
        <translation>The roster of each ministry's Chief AI Officer: rank, appointment, term and status. Ministries without an active CAIO stand out.</translation>
    </message>
    <message>
        <source>The CAIO roster can be kept once the governance records are in place.</source>
        <translation>The CAIO roster can be kept once the governance records are in place.</translation>
    </message>
    <message>
        <source>Task forces</source>
        <translation>Task forces</translation>
    </message>
    <message>
        <source>The committee's task forces (education, security, regions), their mandates, members and deliverables.</source>
        <translation>The committee's task forces (education, security, regions), their mandates, members and deliverables.</translation>
    </message>
    <message>
        <source>Task forces can be recorded once the governance records are in place.</source>
        <translation>Task forces can be recorded once the governance records are in place.</translation>
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
        <source>Budget lines can be kept once the governance records are in place.</source>
        <translation>Budget lines can be kept once the governance records are in place.</translation>
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
        <source>Indicators can be tracked once the governance records are in place.</source>
        <translation>Indicators can be tracked once the governance records are in place.</translation>
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
        <source>Partnerships can be recorded once the governance records are in place.</source>
        <translation>Partnerships can be recorded once the governance records are in place.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Exchange signed, encrypted bundle files with the other offices: this site's card, trusted sites, bundles sent and received, conflicts to review.</source>
        <translation>Exchange signed, encrypted bundle files with the other offices: this site's card, trusted sites, bundles sent and received, conflicts to review.</translation>
    </message>
    <message>
        <source>Bundles can be exchanged once sites and the change log are in place.</source>
        <translation>Bundles can be exchanged once sites and the change log are in place.</translation>
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
        <source>The audit trail can be reviewed once the hash-chained log is in place.</source>
        <translation>The audit trail can be reviewed once the hash-chained log is in place.</translation>
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
        <source>Reports can be exported once there are records to report on.</source>
        <translation>Reports can be exported once there are records to report on.</translation>
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
        <source>Unknown language '%1'; use ko or en.</source>
        <translation>Unknown language '%1'; use ko or en.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page snapshot(s) to %1.</source>
        <translation><numerusform>Wrote %n page snapshot to %1.</numerusform><numerusform>Wrote %n page snapshots to %1.</numerusform></translation>
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
</context>
<context>
    <name>oneteam::PlaceholderPage</name>
    <message>
        <source>Not available yet.</source>
        <translation>Not available yet.</translation>
    </message>
</context>
</TS>
