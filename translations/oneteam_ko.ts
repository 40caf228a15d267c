<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>Audit</name>
    <message>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Conflict settled</source>
        <translation>충돌 해결</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>묶음 가져옴</translation>
    </message>
    <message>
        <source>Joined the network</source>
        <translation>네트워크 가입</translation>
    </message>
    <message>
        <source>Bundle exported</source>
        <translation>묶음 내보냄</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>보고서 내보냄</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>감사 로그 내보냄</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>암호 문구 변경</translation>
    </message>
    <message>
        <source>Recovery key added</source>
        <translation>복구 키 추가</translation>
    </message>
    <message>
        <source>Recovery key removed</source>
        <translation>복구 키 제거</translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation>잠금 해제 실패</translation>
    </message>
    <message>
        <source>Site trusted</source>
        <translation>사이트 신뢰</translation>
    </message>
    <message>
        <source>Site no longer trusted</source>
        <translation>사이트 신뢰 해제</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>금고 생성</translation>
    </message>
    <message>
        <source>Audit log started</source>
        <translation>감사 로그 시작</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%2 %3 %1</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%2 %3 %1: %4</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1: %2(%3, %4)</translation>
    </message>
    <message>
        <source>%1 with the %2 at %3</source>
        <translation>%1: %3, %2 사용</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>복구 키</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>암호 문구</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 for %2 (%3)</source>
        <translation>%1: %2(%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (the vault held %n changes before)</source>
        <translation>
            <numerusform>%1(이전에 금고에 변경 %n건이 있었음)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>BROKEN: %1</source>
        <translation>손상됨: %1</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>삭제 여부</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>그 밖에 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>intact, %n entries, not signed yet (signed when the log leaves the vault)</source>
        <translation>
            <numerusform>온전함, 항목 %n개, 아직 서명 전(로그가 금고를 떠날 때 서명됨)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>intact, %n entries, all signed</source>
        <translation>
            <numerusform>온전함, 항목 %n개, 모두 서명됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>intact, %n entries, signed up to entry %1</source>
        <translation>
            <numerusform>온전함, 항목 %n개, %1번 항목까지 서명됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more attempts, the last at %2</source>
        <translation>
            <numerusform>%1: 그 밖에 %n회, 마지막 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with the %2 at %3, asked again before a change of keys</source>
        <translation>%1: %3, %2 사용 (키 변경 전 재확인)</translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2 (%3): %n change(s) applied (refused: %4, conflicts: %5)</source>
        <translation>
            <numerusform>%2에서 %1(%3): 변경 %n건 반영(거부 %4건, 충돌 %5건)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for %2 (%3): %n change(s)</source>
        <translation>
            <numerusform>%2 앞으로 %1(%3): 변경 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept changes taken up</source>
        <translation>보관된 변경 적용</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n change(s) applied (refused: %3)</source>
        <translation>
            <numerusform>%1(%2): 변경 %n건 반영(거부 %3건)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>금고가 잠겨 있습니다. 먼저 잠금을 해제하세요.</translation>
    </message>
    <message>
        <source>entry %1 names another site (%2)</source>
        <translation>%1번 항목이 다른 사이트(%2)를 가리킵니다</translation>
    </message>
    <message>
        <source>entries %1 and %2 are out of order</source>
        <translation>%1번과 %2번 항목의 순서가 바뀌었습니다</translation>
    </message>
    <message>
        <source>entry %1 is missing</source>
        <translation>%1번 항목이 없습니다</translation>
    </message>
    <message>
        <source>entry %1 (%2, %3) was altered: it does not match its chain</source>
        <translation>%1번 항목(%2, %3)이 변경되었습니다: 체인과 맞지 않습니다</translation>
    </message>
    <message>
        <source>the head (%1 entries) does not match the %2 entries held</source>
        <translation>헤드(항목 %1개)가 보관된 항목 %2개와 맞지 않습니다</translation>
    </message>
    <message>
        <source>the signed head (entry %1) does not match the entries</source>
        <translation>서명된 헤드(%1번 항목)가 항목들과 맞지 않습니다</translation>
    </message>
    <message>
        <source>the signature on its head (entry %1) is not the site&apos;s</source>
        <translation>헤드(%1번 항목)의 서명이 해당 사이트의 것이 아닙니다</translation>
    </message>
    <message>
        <source>This vault has no site identity.</source>
        <translation>이 금고에는 사이트 정보가 없습니다.</translation>
    </message>
    <message>
        <source>The audit log could not be signed.</source>
        <translation>감사 로그에 서명할 수 없습니다.</translation>
    </message>
    <message>
        <source>This is not a readable OneTeam audit log (%1).</source>
        <translation>읽을 수 있는 OneTeam 감사 로그가 아닙니다(%1).</translation>
    </message>
    <message>
        <source>its signature block is missing</source>
        <translation>서명 블록이 없습니다</translation>
    </message>
    <message>
        <source>byte %1: %2</source>
        <translation>%1번째 바이트: %2</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>알 수 없는 형식</translation>
    </message>
    <message>
        <source>its roster is not signed by its root</source>
        <translation>명부가 루트의 서명을 갖고 있지 않습니다</translation>
    </message>
    <message>
        <source>The log&apos;s keys lead to fingerprint %1, not to the one given (%2).</source>
        <translation>로그의 키는 지문 %1로 이어지며, 주어진 지문(%2)과 다릅니다.</translation>
    </message>
    <message>
        <source>the file&apos;s signature by %1 does not match its contents: it was changed after export</source>
        <translation>%1의 파일 서명이 내용과 맞지 않습니다: 내보낸 뒤 변경되었습니다</translation>
    </message>
    <message>
        <source>This vault&apos;s audit log has a gap (site %1).</source>
        <translation>이 금고의 감사 로그에 빈 곳이 있습니다(사이트 %1).</translation>
    </message>
    <message>
        <source>The audit log of site %1 in this bundle does not carry its signature; nothing was changed.</source>
        <translation>이 묶음에 든 사이트 %1의 감사 로그에 그 사이트의 서명이 없습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The audit log of site %1 was altered on the way (it does not continue the one this vault holds); nothing was changed.</source>
        <translation>사이트 %1의 감사 로그가 전달 중에 변경되었습니다(이 금고가 가진 로그에 이어지지 않음). 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>this vault has no key for the site</source>
        <translation>이 금고에 해당 사이트의 키가 없습니다</translation>
    </message>
    <message>
        <source>entries after the head the site signed (entry %1)</source>
        <translation>사이트가 서명한 헤드(%1번 항목) 뒤에 항목이 있습니다</translation>
    </message>
    <message>
        <source>The site that exported the log is not in its roster; the file was altered.</source>
        <translation>로그를 내보낸 사이트가 명부에 없습니다. 파일이 변경되었습니다.</translation>
    </message>
    <message>
        <source>the chain has no signed head</source>
        <translation>체인에 서명된 헤드가 없습니다</translation>
    </message>
    <message>
        <source>no key for this site in the roster (no longer trusted, or the file was altered)</source>
        <translation>명부에 이 사이트의 키가 없습니다(더 이상 신뢰되지 않거나 파일이 변경됨)</translation>
    </message>
    <message>
        <source>The audit log of site %1 in this bundle is malformed; nothing was changed.</source>
        <translation>이 묶음에 든 사이트 %1의 감사 로그 형식이 잘못되었습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>No site&apos;s entry %1 has the chain value %2: the report was not made from the history this vault holds, or its head was altered.</source>
        <translation>어느 사이트의 항목 %1도 체인 값 %2와 맞지 않습니다. 이 보고서는 이 금고가 가진 이력으로 작성되지 않았거나 헤드가 변조되었습니다.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) is in the verified log of %3: the head the report names is a real state of that site&apos;s history. It does not vouch for the report&apos;s figures; to compare them, make the same report from this vault.</source>
        <translation>항목 %1(%2)이(가) %3의 검증된 로그에 있습니다. 보고서가 가리키는 헤드는 그 사이트 이력의 실제 상태입니다. 다만 보고서의 수치까지 보증하지는 않으므로, 수치를 비교하려면 이 금고에서 같은 보고서를 만드십시오.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) is in the log of %3, but that log is broken: the history was altered, and the head proves nothing.</source>
        <translation>항목 %1(%2)이(가) %3의 로그에 있지만 그 로그가 끊어졌습니다. 이력이 변경되었으므로 이 헤드로는 아무것도 증명할 수 없습니다.</translation>
    </message>
    <message>
        <source>No site&apos;s entry %1 here has the chain value %2, but some logs here end before that entry (%3): if the report comes from one of those sites, import a newer bundle from it and check again.</source>
        <translation>이 금고에서 어느 사이트의 항목 %1도 체인 값 %2와 맞지 않지만, 일부 로그(%3)는 그 항목 전에 끝납니다. 보고서가 그중 한 사이트에서 왔다면 그곳의 새 묶음을 가져온 뒤 다시 확인하십시오.</translation>
    </message>
    <message>
        <source>No log here records a report file with the fingerprint of %1 (SHA-256 %2): it was changed after it was exported, or it comes from a site whose log has not reached this vault yet, or it was exported before OneTeam noted reports&apos; fingerprints.</source>
        <translation>이 금고의 어느 로그에도 %1의 지문(SHA-256 %2)을 가진 보고서 파일이 기록되어 있지 않습니다. 내보낸 뒤 변경되었거나, 로그가 아직 이 금고에 오지 않은 사이트에서 왔거나, OneTeam이 보고서 지문을 기록하기 전에 내보낸 파일입니다.</translation>
    </message>
    <message>
        <source>%1 matches the report %2 exported (entry %3), but that site&apos;s log is broken: the history was altered, and the match proves nothing.</source>
        <translation>%1은(는) %2이(가) 내보낸 보고서(항목 %3)와 일치하지만 그 사이트의 로그가 끊어졌습니다. 이력이 변경되었으므로 이 일치로는 아무것도 증명할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is unchanged since %2 exported it on %3 (entry %4 of its log: %5), made from its audit chain head at entry %6.</source>
        <translation>%1은(는) %2이(가) %3에 내보낸 뒤 바뀌지 않았습니다(로그 항목 %4: %5). 감사 체인 헤드 항목 %6을 기준으로 작성되었습니다.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) is in the log of %3, but this vault no longer trusts %3: the head proves nothing.</source>
        <translation>항목 %1(%2)이(가) %3의 로그에 있지만, 이 금고는 더 이상 %3을(를) 신뢰하지 않으므로 이 헤드로는 아무것도 증명할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 matches the report %2 exported (entry %3), but this vault no longer trusts %2: the match proves nothing.</source>
        <translation>%1은(는) %2이(가) 내보낸 보고서(항목 %3)와 일치하지만, 이 금고는 더 이상 %2을(를) 신뢰하지 않으므로 이 일치로는 아무것도 증명할 수 없습니다.</translation>
    </message>
    <message>
        <source>The logs of %1 list the same fingerprint too.</source>
        <translation>%1의 로그에도 같은 지문이 있습니다.</translation>
    </message>
    <message>
        <source>No site here is called or has the id &apos;%1&apos;; the sites whose logs this vault holds: %2.</source>
        <translation>이름이나 ID가 &apos;%1&apos;인 사이트가 없습니다. 이 금고가 로그를 가진 사이트: %2.</translation>
    </message>
    <message>
        <source>Several sites match &apos;%1&apos;; give more of the id (%2).</source>
        <translation>&apos;%1&apos;에 맞는 사이트가 여럿입니다. ID를 더 길게 주십시오 (%2).</translation>
    </message>
    <message>
        <source>The log of %3 here ends before entry %1 (%2): import a newer bundle from %3 and check again.</source>
        <translation>이 금고에 있는 %3의 로그는 항목 %1(%2) 전에 끝납니다. %3의 새 묶음을 가져온 뒤 다시 확인하십시오.</translation>
    </message>
    <message>
        <source>Entry %1 with that chain value is in the log of %2: check which site the report names.</source>
        <translation>그 체인 값을 가진 항목 %1은(는) %2의 로그에 있습니다. 보고서가 어느 사이트를 적고 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>Entry %1 of %3&apos;s log has another chain value than %2: the report was not made from %3&apos;s history as this vault holds it, or its head was altered.</source>
        <translation>%3 로그의 항목 %1은(는) 체인 값이 %2와 다릅니다. 보고서는 이 금고가 가진 %3의 이력에서 만들어지지 않았거나, 헤드가 변경되었습니다.</translation>
    </message>
</context>
<context>
    <name>Bundle</name>
    <message>
        <source>The bundle is damaged or was altered (%1); nothing was changed.</source>
        <translation>묶음이 손상되었거나 변조되었습니다(%1). 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>A bundle needs at least one recipient.</source>
        <translation>묶음에는 받는 곳이 하나 이상 있어야 합니다.</translation>
    </message>
    <message>
        <source>The bundle would be too large.</source>
        <translation>묶음이 너무 커집니다.</translation>
    </message>
    <message>
        <source>The system&apos;s random generator failed.</source>
        <translation>시스템 난수 생성기가 실패했습니다.</translation>
    </message>
    <message>
        <source>Site %1 has an unusable key.</source>
        <translation>사이트 %1의 키를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The bundle could not be encrypted.</source>
        <translation>묶음을 암호화하지 못했습니다.</translation>
    </message>
    <message>
        <source>The bundle could not be signed.</source>
        <translation>묶음에 서명하지 못했습니다.</translation>
    </message>
    <message>
        <source>This file is not a OneTeam bundle.</source>
        <translation>이 파일은 OneTeam 묶음이 아닙니다.</translation>
    </message>
    <message>
        <source>cut short</source>
        <translation>끝이 잘림</translation>
    </message>
    <message>
        <source>This bundle has format %1; this version of OneTeam reads format %2.</source>
        <translation>이 묶음은 형식 %1입니다. 이 버전의 OneTeam은 형식 %2를 읽습니다.</translation>
    </message>
    <message>
        <source>impossible payload length</source>
        <translation>있을 수 없는 본문 길이</translation>
    </message>
    <message>
        <source>extra bytes at the end</source>
        <translation>끝에 남는 바이트</translation>
    </message>
    <message>
        <source>unreadable header</source>
        <translation>읽을 수 없는 머리부</translation>
    </message>
    <message>
        <source>This bundle is not addressed to this site.</source>
        <translation>이 묶음은 이 사이트 앞으로 온 것이 아닙니다.</translation>
    </message>
    <message>
        <source>unusable key</source>
        <translation>쓸 수 없는 키</translation>
    </message>
    <message>
        <source>its key does not open with this site&apos;s key</source>
        <translation>이 사이트의 키로 묶음 키가 열리지 않음</translation>
    </message>
    <message>
        <source>the contents fail authentication</source>
        <translation>내용 인증 실패</translation>
    </message>
    <message>
        <source>impossible contents length</source>
        <translation>있을 수 없는 내용 길이</translation>
    </message>
    <message>
        <source>the contents do not decompress</source>
        <translation>내용의 압축이 풀리지 않음</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>create a new vault for this site</source>
        <translation>이 사이트의 새 금고를 만듭니다</translation>
    </message>
    <message>
        <source>load the sample dataset into the vault</source>
        <translation>금고에 예시 데이터를 불러옵니다</translation>
    </message>
    <message>
        <source>print the JSON schema of a record type, or of all</source>
        <translation>레코드 유형(또는 전체)의 JSON 스키마를 출력합니다</translation>
    </message>
    <message>
        <source>list the records of a type</source>
        <translation>한 유형의 레코드 목록을 출력합니다</translation>
    </message>
    <message>
        <source>print one record</source>
        <translation>레코드 하나를 출력합니다</translation>
    </message>
    <message>
        <source>delete a record</source>
        <translation>레코드를 삭제합니다</translation>
    </message>
    <message>
        <source>change the vault&apos;s passphrase</source>
        <translation>금고 암호 문구를 바꿉니다</translation>
    </message>
    <message>
        <source>add a recovery key and print it</source>
        <translation>복구 키를 추가하고 출력합니다</translation>
    </message>
    <message>
        <source>remove the recovery key</source>
        <translation>복구 키를 제거합니다</translation>
    </message>
    <message>
        <source>export this site&apos;s public card</source>
        <translation>이 사이트의 공개 카드를 내보냅니다</translation>
    </message>
    <message>
        <source>write a bundle of changes for other sites</source>
        <translation>다른 사이트에 보낼 변경 묶음을 씁니다</translation>
    </message>
    <message>
        <source>verify and apply a bundle</source>
        <translation>묶음을 검증하고 적용합니다</translation>
    </message>
    <message>
        <source>verify and summarise a bundle without applying it</source>
        <translation>묶음을 적용하지 않고 검증하여 요약합니다</translation>
    </message>
    <message>
        <source>list concurrent edits to review</source>
        <translation>검토할 동시 편집(충돌)을 나열합니다</translation>
    </message>
    <message>
        <source>recompute the audit chains and name the first broken entry</source>
        <translation>감사 체인을 다시 계산하고 처음 깨진 항목을 알려 줍니다</translation>
    </message>
    <message>
        <source>write the audit log with its signed head</source>
        <translation>서명된 헤드와 함께 감사 로그를 씁니다</translation>
    </message>
    <message>
        <source>export a report as PDF, CSV or XLSX</source>
        <translation>보고서를 PDF, CSV, XLSX로 내보냅니다</translation>
    </message>
    <message>
        <source>Usage: oneteam-cli [--vault PATH] [--passphrase-file FILE] COMMAND [ARGS]</source>
        <translation>사용법: oneteam-cli [--vault 경로] [--passphrase-file 파일] 명령 [인수]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>옵션:</translation>
    </message>
    <message>
        <source>the vault file (or ONETEAM_VAULT)</source>
        <translation>금고 파일 (또는 ONETEAM_VAULT)</translation>
    </message>
    <message>
        <source>read the passphrase from FILE (or ONETEAM_PASSPHRASE; never an argument)</source>
        <translation>암호 문구를 파일에서 읽습니다 (또는 ONETEAM_PASSPHRASE; 인수로는 받지 않습니다)</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>기계가 읽는 출력</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage, 2 wrong passphrase, 3 tampered or corrupted data, 4 validation error, 5 bundle refused, 6 vault busy or I/O error.</source>
        <translation>종료 코드: 0 성공, 1 사용법 오류, 2 암호 문구 틀림, 3 변조되거나 손상된 데이터, 4 검증 오류, 5 묶음 거부, 6 금고 사용 중 또는 입출력 오류.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>알 수 없는 명령: %1</translation>
    </message>
    <message>
        <source>Run &apos;oneteam-cli --help&apos; for the list of commands.</source>
        <translation>명령 목록은 &apos;oneteam-cli --help&apos;로 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>show the vault&apos;s site, role, schema and key slots</source>
        <translation>금고의 사이트, 역할, 스키마, 키 슬롯을 보여 줍니다</translation>
    </message>
    <message>
        <source>open the vault with the recovery key in F</source>
        <translation>F에 든 복구 키로 금고를 엽니다</translation>
    </message>
    <message>
        <source>Passphrases are never taken as arguments (other users can see them): use ONETEAM_PASSPHRASE, --passphrase-file or the prompt.</source>
        <translation>암호 문구는 인수로 받지 않습니다(다른 사용자가 볼 수 있습니다). ONETEAM_PASSPHRASE, --passphrase-file 또는 입력 프롬프트를 쓰세요.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1에는 값이 필요합니다.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>No passphrase given: set ONETEAM_PASSPHRASE, use --passphrase-file, or run in a terminal.</source>
        <translation>암호 문구가 없습니다. ONETEAM_PASSPHRASE를 설정하거나 --passphrase-file을 쓰거나 터미널에서 실행하세요.</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>한 번 더 입력: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>두 암호 문구가 다릅니다.</translation>
    </message>
    <message>
        <source>New vault passphrase: </source>
        <translation>새 금고 암호 문구: </translation>
    </message>
    <message>
        <source>Vault passphrase: </source>
        <translation>금고 암호 문구: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>새 암호 문구: </translation>
    </message>
    <message>
        <source>Which vault? Use --vault PATH or set ONETEAM_VAULT.</source>
        <translation>어느 금고입니까? --vault 경로를 쓰거나 ONETEAM_VAULT를 설정하세요.</translation>
    </message>
    <message>
        <source>--kdf takes log2(N),r,p within 10..22, 1..32, 1..16 (e.g. 17,8,1).</source>
        <translation>--kdf에는 log2(N),r,p를 각각 10..22, 1..32, 1..16 범위로 씁니다(예: 17,8,1).</translation>
    </message>
    <message>
        <source>--kdf below 17,8,1 weakens the vault against guessing; set ONETEAM_ALLOW_WEAK_KDF=1 if you really mean it.</source>
        <translation>--kdf를 17,8,1보다 낮추면 추측 공격에 약해집니다. 정말 원하면 ONETEAM_ALLOW_WEAK_KDF=1을 설정하세요.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>예상하지 못한 인수: %1</translation>
    </message>
    <message>
        <source>this site&apos;s name</source>
        <translation>이 사이트의 이름</translation>
    </message>
    <message>
        <source>secretariat, ministry:CODE or auditor</source>
        <translation>secretariat, ministry:코드 또는 auditor</translation>
    </message>
    <message>
        <source>wal (default) or rollback</source>
        <translation>wal(기본) 또는 rollback</translation>
    </message>
    <message>
        <source>scrypt cost log2N,r,p</source>
        <translation>scrypt 비용 log2N,r,p</translation>
    </message>
    <message>
        <source>Where should the vault go? Use --vault PATH or set ONETEAM_VAULT.</source>
        <translation>금고를 어디에 만들까요? --vault 경로를 쓰거나 ONETEAM_VAULT를 설정하세요.</translation>
    </message>
    <message>
        <source>init needs --site-name NAME and --role secretariat|ministry:CODE|auditor.</source>
        <translation>init에는 --site-name 이름과 --role secretariat|ministry:코드|auditor가 필요합니다.</translation>
    </message>
    <message>
        <source>--journal is wal or rollback, not &apos;%1&apos;.</source>
        <translation>--journal은 wal 또는 rollback입니다(&apos;%1&apos;은(는) 안 됩니다).</translation>
    </message>
    <message>
        <source>--role must be secretariat, auditor or ministry:CODE (e.g. ministry:MSIT), not &apos;%1&apos;.</source>
        <translation>--role은 secretariat, auditor 또는 ministry:코드(예: ministry:MSIT)여야 합니다(&apos;%1&apos;은(는) 안 됩니다).</translation>
    </message>
    <message>
        <source>Created the vault %1 for %2 (%3).</source>
        <translation>%2(%3)의 금고 %1을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>금고: %1</translation>
    </message>
    <message>
        <source>Site: %1 (%2)</source>
        <translation>사이트: %1 (%2)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>역할: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>스키마 버전: %1</translation>
    </message>
    <message>
        <source>Passphrase: scrypt N=2^%1, r=%2, p=%3</source>
        <translation>암호 문구: scrypt N=2^%1, r=%2, p=%3</translation>
    </message>
    <message>
        <source>Recovery key: set</source>
        <translation>복구 키: 있음</translation>
    </message>
    <message>
        <source>Recovery key: none</source>
        <translation>복구 키: 없음</translation>
    </message>
    <message>
        <source>read the new passphrase from FILE (or ONETEAM_NEW_PASSPHRASE)</source>
        <translation>새 암호 문구를 파일에서 읽습니다(또는 ONETEAM_NEW_PASSPHRASE)</translation>
    </message>
    <message>
        <source>Recovery key (write it down and keep it apart from the computer):</source>
        <translation>복구 키(적어 두고 컴퓨터와 떨어진 곳에 보관하세요):</translation>
    </message>
    <message>
        <source>It opens the vault with --recovery-key-file if the passphrase is lost.</source>
        <translation>암호 문구를 잊으면 --recovery-key-file로 이 키를 써서 금고를 열 수 있습니다.</translation>
    </message>
    <message>
        <source>The recovery key was removed; only the passphrase opens the vault now.</source>
        <translation>복구 키를 제거했습니다. 이제 암호 문구로만 금고를 열 수 있습니다.</translation>
    </message>
    <message>
        <source>The passphrase was changed. The old one no longer opens this vault file (copies made before the change still open with it).</source>
        <translation>암호 문구를 바꿨습니다. 이전 암호 문구로는 더 이상 이 금고 파일을 열 수 없습니다(변경 전에 만든 사본은 여전히 이전 암호 문구로 열립니다).</translation>
    </message>
    <message>
        <source>It replaces the earlier recovery key, which no longer opens this vault file.</source>
        <translation>이 키가 이전 복구 키를 대신하며, 이전 키로는 더 이상 이 금고 파일을 열 수 없습니다.</translation>
    </message>
    <message>
        <source>schema takes at most one record type.</source>
        <translation>schema에는 레코드 유형을 하나만 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a record type; the types are: %2.</source>
        <translation>&apos;%1&apos;은(는) 레코드 유형이 아닙니다. 유형: %2.</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: %2</source>
        <translation>필드 &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; (flag): %2</source>
        <translation>필드 &apos;%1&apos;(표시): %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>거부됨: %1</translation>
    </message>
    <message>
        <source>Name one record type.</source>
        <translation>레코드 유형을 하나 지정하세요.</translation>
    </message>
    <message>
        <source>Name the record type and the record&apos;s id.</source>
        <translation>레코드 유형과 레코드 ID를 지정하세요.</translation>
    </message>
    <message>
        <source>comma-separated values (RFC 4180)</source>
        <translation>쉼표로 구분한 값(RFC 4180)</translation>
    </message>
    <message>
        <source>only records holding TEXT</source>
        <translation>TEXT가 들어 있는 레코드만</translation>
    </message>
    <message>
        <source>sort by FIELD</source>
        <translation>FIELD로 정렬</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field of %2.</source>
        <translation>&apos;%1&apos;은(는) %2의 필드가 아닙니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>레코드 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no %1 with the id %2.</source>
        <translation>ID가 %2인 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read the record from standard input.</source>
        <translation>표준 입력에서 레코드를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The input is not valid JSON: %1 (at character %2).</source>
        <translation>입력이 올바른 JSON이 아닙니다: %1(%2번째 문자).</translation>
    </message>
    <message>
        <source>The input must be one JSON object with the record&apos;s fields.</source>
        <translation>입력은 레코드 필드가 담긴 JSON 객체 하나여야 합니다.</translation>
    </message>
    <message>
        <source>Deleted %1 %2; the deletion is kept in the history.</source>
        <translation>%1 %2을(를) 삭제했습니다. 삭제 기록은 이력에 남습니다.</translation>
    </message>
    <message>
        <source>demo takes no arguments.</source>
        <translation>demo에는 인수가 없습니다.</translation>
    </message>
    <message>
        <source>The sample dataset could not be loaded: %1</source>
        <translation>예시 데이터를 불러오지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>The sample dataset is in %1 (%n record(s); records the facts do not give are marked &apos;sample&apos;).</source>
        <translation>
            <numerusform>예시 데이터를 %1에 넣었습니다(레코드 %n개, 사실 자료에 없는 레코드는 &apos;sample&apos;로 표시).</numerusform>
        </translation>
    </message>
    <message>
        <source>trust another site&apos;s card with a role (secretariat)</source>
        <translation>다른 사이트의 카드를 역할과 함께 신뢰 (사무국)</translation>
    </message>
    <message>
        <source>list the sites this vault knows</source>
        <translation>이 금고가 아는 사이트 목록</translation>
    </message>
    <message>
        <source>join the network with the secretariat&apos;s first bundle</source>
        <translation>사무국의 첫 묶음로 네트워크 가입</translation>
    </message>
    <message>
        <source>settle a conflict: keep a value or restore a record</source>
        <translation>충돌 정리: 값을 고르거나 레코드 복원</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <source>Bundle %1 from %2, written %3, for %4.</source>
        <translation>묶음 %1: 보낸 곳 %2, 작성 %3, 받는 곳 %4.</translation>
    </message>
    <message>
        <source>(refused)</source>
        <translation>(거부)</translation>
    </message>
    <message>
        <source>The list of trusted sites was updated.</source>
        <translation>신뢰하는 사이트 목록을 갱신했습니다.</translation>
    </message>
    <message>
        <source>No site called &apos;%1&apos; is known here (oneteam-cli site list).</source>
        <translation>&apos;%1&apos;(이)라는 사이트를 알지 못합니다 (oneteam-cli site list).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names %2 sites; use the site&apos;s id.</source>
        <translation>&apos;%1&apos;에 해당하는 사이트가 %2곳입니다. 사이트 ID를 쓰십시오.</translation>
    </message>
    <message>
        <source>Name one bundle file.</source>
        <translation>묶음 파일 하나를 지정하십시오.</translation>
    </message>
    <message>
        <source>write the card to FILE</source>
        <translation>카드를 FILE에 쓰기</translation>
    </message>
    <message>
        <source>site card takes --out FILE.</source>
        <translation>site card에는 --out FILE을 씁니다.</translation>
    </message>
    <message>
        <source>site card needs --out FILE.</source>
        <translation>site card에는 --out FILE이 필요합니다.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1을(를) 쓸 수 없습니다: %2.</translation>
    </message>
    <message>
        <source>Wrote the card of %1 (%2, site %3) to %4.</source>
        <translation>%1(%2, 사이트 %3)의 카드를 %4에 썼습니다.</translation>
    </message>
    <message>
        <source>Key fingerprint: %1</source>
        <translation>키 지문: %1</translation>
    </message>
    <message>
        <source>the role the site gets</source>
        <translation>사이트가 받을 역할</translation>
    </message>
    <message>
        <source>site trust needs --role secretariat|ministry:CODE|auditor.</source>
        <translation>site trust에는 --role secretariat|ministry:CODE|auditor가 필요합니다.</translation>
    </message>
    <message>
        <source>The card asked for %1.</source>
        <translation>카드가 요청한 역할은 %1입니다.</translation>
    </message>
    <message>
        <source>site list takes no arguments.</source>
        <translation>site list에는 인수가 없습니다.</translation>
    </message>
    <message>
        <source>this site</source>
        <translation>이 사이트</translation>
    </message>
    <message>
        <source>root</source>
        <translation>뿌리</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>신뢰하지 않음</translation>
    </message>
    <message>
        <source>the secretariat&apos;s key fingerprint, as it told you</source>
        <translation>사무국이 알려 준 사무국 키 지문</translation>
    </message>
    <message>
        <source>site join takes a bundle file and --fingerprint HEX.</source>
        <translation>site join에는 묶음 파일과 --fingerprint HEX를 씁니다.</translation>
    </message>
    <message>
        <source>site join needs --fingerprint: the secretariat&apos;s key fingerprint, checked with it by phone or in person.</source>
        <translation>site join에는 --fingerprint가 필요합니다: 전화나 대면으로 사무국과 확인한 사무국 키 지문입니다.</translation>
    </message>
    <message>
        <source>Joined the network of %1.</source>
        <translation>%1의 네트워크에 가입했습니다.</translation>
    </message>
    <message>
        <source>a recipient: site id, name or role (repeatable)</source>
        <translation>받는 곳: 사이트 ID, 이름 또는 역할 (여러 번 가능)</translation>
    </message>
    <message>
        <source>every trusted site</source>
        <translation>신뢰하는 모든 사이트</translation>
    </message>
    <message>
        <source>the bundle file to write</source>
        <translation>쓸 묶음 파일</translation>
    </message>
    <message>
        <source>bundle export takes --to SITE or --all, and --out FILE.</source>
        <translation>bundle export에는 --to SITE 또는 --all과 --out FILE을 씁니다.</translation>
    </message>
    <message>
        <source>bundle export needs --to SITE (or --all) and --out FILE.</source>
        <translation>bundle export에는 --to SITE(또는 --all)와 --out FILE이 필요합니다.</translation>
    </message>
    <message>
        <source>conflicts takes no arguments; settle one with conflicts resolve.</source>
        <translation>conflicts에는 인수가 없습니다. 정리는 conflicts resolve로 하십시오.</translation>
    </message>
    <message>
        <source>%1 %2: deleted by %3, while %4 set %5 to %6</source>
        <translation>%1 %2: %3이(가) 삭제하는 동안 %4이(가) %5을(를) %6(으)로 바꿈</translation>
    </message>
    <message>
        <source>%1 %2, field %3: kept %4 (%5); other %6 (%7)</source>
        <translation>%1 %2, 필드 %3: 유지 %4 (%5), 다른 값 %6 (%7)</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>충돌이 없습니다.</translation>
    </message>
    <message>
        <source>keep the value shown (kept) or the other</source>
        <translation>표시된 값(kept) 또는 다른 값(other) 유지</translation>
    </message>
    <message>
        <source>set another value (JSON)</source>
        <translation>다른 값 지정 (JSON)</translation>
    </message>
    <message>
        <source>bring a deleted record back with the edits</source>
        <translation>삭제된 레코드를 편집 내용과 함께 복원</translation>
    </message>
    <message>
        <source>keep a record deleted</source>
        <translation>레코드를 삭제된 상태로 유지</translation>
    </message>
    <message>
        <source>Use: conflicts resolve RECORD FIELD --keep kept|other, conflicts resolve RECORD FIELD --value JSON, or conflicts resolve RECORD --restore|--keep-deleted.</source>
        <translation>사용법: conflicts resolve RECORD FIELD --keep kept|other, conflicts resolve RECORD FIELD --value JSON, 또는 conflicts resolve RECORD --restore|--keep-deleted.</translation>
    </message>
    <message>
        <source>Restored %1 with the edits made while it was deleted.</source>
        <translation>삭제된 동안의 편집 내용과 함께 %1을(를) 복원했습니다.</translation>
    </message>
    <message>
        <source>%1 stays deleted.</source>
        <translation>%1은(는) 삭제된 상태로 둡니다.</translation>
    </message>
    <message>
        <source>--value must be one JSON value, e.g. &apos;&quot;done&quot;&apos; or 42.</source>
        <translation>--value는 JSON 값 하나여야 합니다. 예: &apos;&quot;done&quot;&apos; 또는 42.</translation>
    </message>
    <message>
        <source>Record %1 has no conflict on &apos;%2&apos; (or --keep is not kept or other).</source>
        <translation>레코드 %1의 &apos;%2&apos;에는 충돌이 없습니다(또는 --keep 값이 kept나 other가 아닙니다).</translation>
    </message>
    <message>
        <source>Settled %1 of %2: %3.</source>
        <translation>%2의 %1을(를) 정리했습니다: %3.</translation>
    </message>
    <message>
        <source>stop trusting a site (secretariat)</source>
        <translation>사이트 신뢰 철회 (사무국)</translation>
    </message>
    <message>
        <source>site distrust takes one site: its id, name or role.</source>
        <translation>site distrust에는 사이트 하나(ID, 이름 또는 역할)를 씁니다.</translation>
    </message>
    <message>
        <source>Site %1 is no longer trusted. The next bundles carry the new list of trusted sites; its changes not received yet are left out from then on.</source>
        <translation>사이트 %1에 대한 신뢰를 철회했습니다. 다음 묶음부터 새 신뢰 사이트 목록이 전해지며, 아직 받지 못한 그 사이트의 변경은 그때부터 제외됩니다.</translation>
    </message>
    <message>
        <source>Every audit chain is intact.</source>
        <translation>모든 감사 체인이 온전합니다.</translation>
    </message>
    <message>
        <source>An audit chain is broken: the history was altered.</source>
        <translation>감사 체인이 손상되었습니다: 이력이 변경되었습니다.</translation>
    </message>
    <message>
        <source>only the entries of site ID</source>
        <translation>사이트 ID의 항목만</translation>
    </message>
    <message>
        <source>only one action (create, update, import…)</source>
        <translation>한 가지 동작만(create, update, import…)</translation>
    </message>
    <message>
        <source>the history of one record: TYPE/ID</source>
        <translation>한 레코드의 이력: 유형/ID</translation>
    </message>
    <message>
        <source>entries mentioning TEXT</source>
        <translation>TEXT가 들어간 항목</translation>
    </message>
    <message>
        <source>from this day on (YYYY-MM-DD)</source>
        <translation>이 날부터(YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>up to and including this day</source>
        <translation>이 날까지(이 날 포함)</translation>
    </message>
    <message>
        <source>at most N entries, newest first</source>
        <translation>최신순으로 최대 N개</translation>
    </message>
    <message>
        <source>audit log takes --site, --action, --record, --text, --from, --to, --limit.</source>
        <translation>audit log에는 --site, --action, --record, --text, --from, --to, --limit을 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD).</source>
        <translation>&apos;%1&apos;은(는) 날짜(YYYY-MM-DD)가 아닙니다.</translation>
    </message>
    <message>
        <source>--limit takes a whole number.</source>
        <translation>--limit에는 정수를 씁니다.</translation>
    </message>
    <message>
        <source>check an exported log instead of the vault</source>
        <translation>금고 대신 내보낸 로그를 검증</translation>
    </message>
    <message>
        <source>the network root&apos;s key fingerprint the file must lead to</source>
        <translation>파일이 이어져야 하는 네트워크 루트 키의 지문</translation>
    </message>
    <message>
        <source>Audit log exported by %1 on %2.</source>
        <translation>%1이(가) %2에 내보낸 감사 로그입니다.</translation>
    </message>
    <message>
        <source>Its keys lead to the key with fingerprint %1: compare it with the one the secretariat published.</source>
        <translation>이 로그의 키는 지문 %1의 키로 이어집니다: 사무국이 공개한 지문과 비교하십시오.</translation>
    </message>
    <message>
        <source>--fingerprint goes with --file.</source>
        <translation>--fingerprint는 --file과 함께 씁니다.</translation>
    </message>
    <message>
        <source>write the log to FILE</source>
        <translation>로그를 FILE에 기록</translation>
    </message>
    <message>
        <source>audit export takes --out FILE.</source>
        <translation>audit export에는 --out FILE을 씁니다.</translation>
    </message>
    <message>
        <source>audit export needs --out FILE.</source>
        <translation>audit export에는 --out FILE이 필요합니다.</translation>
    </message>
    <message>
        <source>Wrote the audit log to %1.</source>
        <translation>감사 로그를 %1에 기록했습니다.</translation>
    </message>
    <message>
        <source>Check it elsewhere with: oneteam-cli audit verify --file %1 --fingerprint %2</source>
        <translation>다른 곳에서 검증하려면: oneteam-cli audit verify --file %1 --fingerprint %2</translation>
    </message>
    <message>
        <source>list the audit log, or one record&apos;s history</source>
        <translation>감사 로그 또는 한 레코드의 이력 보기</translation>
    </message>
    <message>
        <source>summary, resolutions, caio, budget, taskforces, indicators or audit</source>
        <translation>summary, resolutions, caio, budget, taskforces, indicators 또는 audit</translation>
    </message>
    <message>
        <source>pdf, csv or xlsx</source>
        <translation>pdf, csv 또는 xlsx</translation>
    </message>
    <message>
        <source>ko or en</source>
        <translation>ko 또는 en</translation>
    </message>
    <message>
        <source>report takes --kind KIND --format pdf|csv|xlsx --lang ko|en --out PATH.</source>
        <translation>report에는 --kind KIND --format pdf|csv|xlsx --lang ko|en --out PATH를 씁니다.</translation>
    </message>
    <message>
        <source>report needs --out PATH.</source>
        <translation>report에는 --out PATH가 필요합니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a report: use %2.</source>
        <translation>&apos;%1&apos;은(는) 보고서 종류가 아닙니다: %2 중 하나를 쓰십시오.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a format: use pdf, csv or xlsx.</source>
        <translation>&apos;%1&apos;은(는) 형식이 아닙니다: pdf, csv, xlsx 중 하나를 쓰십시오.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a report language: use ko or en.</source>
        <translation>&apos;%1&apos;은(는) 보고서 언어가 아닙니다: ko 또는 en을 쓰십시오.</translation>
    </message>
    <message>
        <source>PDF reports need the graphical libraries; this build started without them.</source>
        <translation>PDF 보고서에는 그래픽 라이브러리가 필요한데, 이 실행은 그것 없이 시작되었습니다.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1을(를) 기록했습니다</translation>
    </message>
    <message>
        <source>%1 in %2 s, made from audit chain entry %3.</source>
        <translation>%1: %2초, 감사 체인 %3번 항목 기준.</translation>
    </message>
    <message>
        <source>No --fingerprint was given: the log is consistent, but only the fingerprint shows whose keys these are.</source>
        <translation>--fingerprint를 주지 않았습니다: 로그는 일관되지만, 이 키가 누구의 것인지는 지문으로만 알 수 있습니다.</translation>
    </message>
    <message>
        <source>the site&apos;s key fingerprint, as it read it to you</source>
        <translation>그 사이트가 불러 준 키 지문</translation>
    </message>
    <message>
        <source>site trust takes a card file, --role ROLE and --fingerprint HEX.</source>
        <translation>site trust에는 카드 파일, --role ROLE, --fingerprint HEX가 필요합니다.</translation>
    </message>
    <message>
        <source>site trust needs --fingerprint: the site&apos;s key fingerprint, read out to you by the site by phone or in person (&apos;site card&apos; prints it there).</source>
        <translation>site trust에는 --fingerprint가 필요합니다. 그 사이트가 전화나 대면으로 불러 준 키 지문입니다(그쪽에서 &apos;site card&apos;가 출력합니다).</translation>
    </message>
    <message>
        <source>The card&apos;s key has fingerprint %1, not the one given (%2). Do not trust it: ask the site by another channel which is right; the card may have been swapped on the way.</source>
        <translation>카드의 키 지문은 %1이며, 입력한 지문(%2)과 다릅니다. 신뢰하지 마십시오. 어느 쪽이 맞는지 다른 경로로 그 사이트에 확인하십시오. 전달 도중 카드가 바뀌었을 수 있습니다.</translation>
    </message>
    <message>
        <source>Trusted %1 (site %2) as %3; its key fingerprint %4 matches the one given.</source>
        <translation>%1(사이트 %2)을(를) %3(으)로 신뢰했습니다. 키 지문 %4이(가) 입력한 지문과 일치합니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s)</source>
        <translation>
            <numerusform>%1: 레코드 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>create or update a record from JSON on stdin (--merge: only the fields given)</source>
        <translation>표준 입력의 JSON으로 레코드를 만들거나 고침(--merge: 주어진 필드만)</translation>
    </message>
    <message>
        <source>put --merge changes a record that exists: give its &quot;id&quot;.</source>
        <translation>put --merge는 이미 있는 레코드를 고칩니다. &quot;id&quot;를 주십시오.</translation>
    </message>
    <message>
        <source>put replaces the whole record, so it would clear the fields left out (%1). Give them too (&apos;get&apos; prints the record), or use put --merge to change only the fields given.</source>
        <translation>put은 레코드 전체를 바꾸므로 빠진 필드(%1)를 지우게 됩니다. 그 필드도 함께 주거나(&apos;get&apos;이 레코드를 출력합니다), 주어진 필드만 고치려면 put --merge를 쓰십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s): %1 applied, %2 refused, %3 already here.</source>
        <translation>
            <numerusform>변경 %n건: 적용 %1건, 거부 %2건, 이미 있음 %3건.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s): %1 would apply, %2 would be refused, %3 already here.</source>
        <translation>
            <numerusform>변경 %n건: 적용될 것 %1건, 거부될 것 %2건, 이미 있음 %3건.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) for %1 to %2 (%3 bytes).</source>
        <translation>
            <numerusform>%1 앞으로 변경 %n건을 %2에 썼습니다(%3바이트).</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: oneteam-cli [--vault PATH] [--passphrase-file FILE] %1</source>
        <translation>사용법: oneteam-cli [--vault 경로] [--passphrase-file 파일] %1</translation>
    </message>
    <message>
        <source>Run &apos;oneteam-cli --help&apos; for every command and the exit codes.</source>
        <translation>모든 명령과 종료 코드는 &apos;oneteam-cli --help&apos;로 볼 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) to review (oneteam-cli conflicts).</source>
        <translation>
            <numerusform>검토할 새 충돌 %n건 (oneteam-cli conflicts).</numerusform>
        </translation>
    </message>
    <message>
        <source>the file to write; for csv, a folder or NAME.csv (one file per table)</source>
        <translation>쓸 파일. csv는 폴더 또는 이름.csv (표마다 파일 하나)</translation>
    </message>
    <message>
        <source>Actions are in the resolutions report (--kind resolutions).</source>
        <translation>후속 조치는 의결 보고서에 있습니다 (--kind resolutions).</translation>
    </message>
    <message>
        <source>also check a report&apos;s audit chain head: ENTRY:CHAIN, as the report prints it</source>
        <translation>보고서의 감사 체인 헤드도 확인: 보고서에 적힌 대로 항목:체인</translation>
    </message>
    <message>
        <source>--head checks the vault&apos;s log; it does not go with --file.</source>
        <translation>--head는 금고의 로그를 확인하므로 --file과 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>--head takes the entry and the chain value a report prints, e.g. 68:2c7e11c701b6f959c345cf69c063fb0f (at least 16 hex digits).</source>
        <translation>--head에는 보고서에 적힌 항목 번호와 체인 값을 줍니다. 예: 68:2c7e11c701b6f959c345cf69c063fb0f (16진수 16자리 이상)</translation>
    </message>
    <message>
        <source>also check that a report file is one a site exported, unchanged</source>
        <translation>보고서 파일이 사이트가 내보낸 그대로인지도 확인</translation>
    </message>
    <message>
        <source>--report checks a report file against the vault&apos;s log; it does not go with --file or --head.</source>
        <translation>--report는 보고서 파일을 금고의 로그와 대조하므로 --file이나 --head와 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>audit verify takes [--report FILE | --head ENTRY:CHAIN [--site SITE]], or --file FILE [--fingerprint FP].</source>
        <translation>audit verify에는 [--report 파일 | --head 항목:체인 [--site 사이트]] 또는 --file 파일 [--fingerprint 지문]을 줍니다.</translation>
    </message>
    <message>
        <source>--site goes with --head.</source>
        <translation>--site는 --head와 함께 씁니다.</translation>
    </message>
    <message>
        <source>with --head: the site that made the report (its name, its id, or the short id the report prints)</source>
        <translation>--head와 함께: 보고서를 만든 사이트 (이름, ID 또는 보고서에 적힌 짧은 ID)</translation>
    </message>
    <message>
        <source>(kept for a newer version)</source>
        <translation>(새 버전을 위해 보관)</translation>
    </message>
    <message numerus="yes">
        <source>%n kept for a newer version.</source>
        <translation>
            <numerusform>%n건은 새 버전을 위해 보관.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would be kept for a newer version.</source>
        <translation>
            <numerusform>%n건은 새 버전을 위해 보관될 예정.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check it in any vault holding this site&apos;s log: %1</source>
        <translation>이 사이트의 로그를 가진 금고에서 확인하기: %1</translation>
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
        <translation>한 줄에 하나씩</translation>
    </message>
    <message>
        <source>Open this record</source>
        <translation>이 레코드 열기</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 열기</translation>
    </message>
    <message>
        <source>Record id to link</source>
        <translation>연결할 레코드 ID</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>연결 해제</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>기한 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>날짜 (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Add deliverable</source>
        <translation>산출물 추가</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>값 추가</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>행 삭제</translation>
    </message>
    <message>
        <source>whole won</source>
        <translation>원 단위 정수</translation>
    </message>
</context>
<context>
    <name>Kdf</name>
    <message>
        <source>The key derivation parameters are out of range.</source>
        <translation>키 유도 매개변수가 허용 범위를 벗어났습니다.</translation>
    </message>
    <message>
        <source>This system&apos;s OpenSSL has no scrypt.</source>
        <translation>이 시스템의 OpenSSL에는 scrypt가 없습니다.</translation>
    </message>
    <message>
        <source>Deriving the key failed (out of memory?).</source>
        <translation>키를 유도하지 못했습니다(메모리 부족?).</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Where things stand: resolutions by status and keyword, actions due and overdue by ministry, CAIO coverage, the budget by stage and the GPUs secured against the 2030 target.</source>
        <translation>현황 한눈에 보기: 상태·키워드별 의결 안건, 부처별 기한 도래·지연 조치, CAIO 지정 현황, 단계별 예산, 2030년 목표 대비 확보한 GPU.</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>결의</translation>
    </message>
    <message>
        <source>The committee&apos;s resolutions: number, title, adoption date, policy keyword, status, lead and cooperating ministries, linked budget lines.</source>
        <translation>위원회 의결 안건: 번호, 제목, 의결일, 정책 키워드, 상태, 주관·협조 부처, 연계 예산 사업.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>Follow-up actions of each resolution: owner ministry, due date, progress and evidence. Overdue actions stand out.</source>
        <translation>의결 안건별 후속 조치: 담당 부처, 기한, 진척도, 근거. 기한이 지난 조치는 눈에 띄게 표시됩니다.</translation>
    </message>
    <message>
        <source>CAIOs</source>
        <translation>CAIO</translation>
    </message>
    <message>
        <source>The roster of each ministry&apos;s Chief AI Officer: rank, appointment, term and status. Ministries without an active CAIO stand out.</source>
        <translation>부처별 최고AI책임관(CAIO) 명단: 직급, 임명일, 임기, 상태. CAIO가 없는 부처는 눈에 띄게 표시됩니다.</translation>
    </message>
    <message>
        <source>Task forces</source>
        <translation>전담반</translation>
    </message>
    <message>
        <source>The committee&apos;s task forces (education, security, regions), their mandates, members and deliverables.</source>
        <translation>위원회 전담반(교육, 보안, 지역)의 임무, 구성원, 산출물.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>Budget lines per fiscal year with their stages side by side: proposal, enacted, revised and executed, in whole won.</source>
        <translation>회계연도별 예산 사업과 단계(정부안, 확정, 수정, 집행)를 나란히, 원 단위로 보여 줍니다.</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Indicators with their targets and observations, starting with the GPUs secured: 20,000 today, 200,000 by 2030.</source>
        <translation>목표와 관측값이 있는 지표. 첫 지표는 확보한 GPU: 현재 2만 장, 2030년까지 20만 장.</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>협력</translation>
    </message>
    <message>
        <source>Partnerships and investments: data centres, offices, cooperation, with their partners, amounts and ministries.</source>
        <translation>협력과 투자: 데이터센터, 사무소, 협력 사업과 그 파트너, 금액, 관련 부처.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>Exchange signed, encrypted bundle files with the other offices: this site&apos;s card, trusted sites, bundles sent and received, conflicts to review.</source>
        <translation>다른 기관과 서명·암호화된 묶음 파일을 주고받습니다: 이 사이트의 카드, 신뢰하는 사이트, 보내고 받은 묶음, 검토할 충돌.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>감사</translation>
    </message>
    <message>
        <source>The tamper-evident history of every change, import and export, with its verification status per site.</source>
        <translation>모든 변경, 가져오기, 내보내기의 위변조 탐지 이력과 사이트별 검증 상태.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>Reports to hand on, in PDF, CSV and XLSX: the committee summary, each area, and the audit log.</source>
        <translation>전달용 보고서(PDF, CSV, XLSX): 위원회 요약, 분야별 보고서, 감사 로그.</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>주요 일정</translation>
    </message>
    <message>
        <source>Milestones of the committee&apos;s work, such as the AI action plan, with their due dates, status and the records they concern.</source>
        <translation>AI 행동계획 등 위원회 업무의 주요 일정: 기한, 상태, 관련 레코드.</translation>
    </message>
    <message>
        <source>Ministries</source>
        <translation>부처</translation>
    </message>
    <message>
        <source>The committee, the council and the ministries, each with its active CAIO. Ministries without one stand out.</source>
        <translation>위원회, 협의회, 각 부처와 현직 CAIO. CAIO가 없는 부처는 눈에 띄게 표시됩니다.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>The people the records name: only real people from the public record, with their titles and organisations.</source>
        <translation>레코드에 나오는 인물: 공개된 기록의 실존 인물만, 직함과 소속과 함께.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Use several words, or 12 or more characters.</source>
        <translation>여러 단어 또는 12자 이상을 쓰세요.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add words or characters.</source>
        <translation>약함: 추측하기 쉽습니다. 단어나 글자를 더하세요.</translation>
    </message>
    <message>
        <source>Fair: longer would be safer.</source>
        <translation>보통: 더 길면 더 안전합니다.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>강함.</translation>
    </message>
</context>
<context>
    <name>RecordChoices</name>
    <message>
        <source>One Team</source>
        <translation>OneTeam</translation>
    </message>
    <message>
        <source>200,000 GPUs: foundation model</source>
        <translation>GPU 20만 장: 독자 AI 파운데이션 모델</translation>
    </message>
    <message>
        <source>Physical AI</source>
        <translation>피지컬 AI</translation>
    </message>
    <message>
        <source>AI basic society</source>
        <translation>AI 기본사회</translation>
    </message>
    <message>
        <source>Overseas partnerships</source>
        <translation>해외 협력</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>의결</translation>
    </message>
    <message>
        <source>In execution</source>
        <translation>이행 중</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>대체됨</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>철회</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>막힘</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Vice-minister level</source>
        <translation>차관급</translation>
    </message>
    <message>
        <source>Director-general level</source>
        <translation>실장급</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>현직</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>부처</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>청</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>처</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>위원회</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>협의회</translation>
    </message>
    <message>
        <source>AI transition (AX)</source>
        <translation>AI 전환(AX)</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Foundation model</source>
        <translation>파운데이션 모델</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>인재</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>데이터센터</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>투자</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>협력</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>행사</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>RecordEdit</name>
    <message>
        <source>Create %1</source>
        <translation>%1 만들기</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 수정</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Sample</source>
        <translation>예시</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Name (Korean)</source>
        <translation>이름(한국어)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>이름(영어)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>부처</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>직급</translation>
    </message>
    <message>
        <source>Appointed</source>
        <translation>임명일</translation>
    </message>
    <message>
        <source>Term ends</source>
        <translation>임기 종료</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Title (Korean)</source>
        <translation>제목(한국어)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>제목(영어)</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>의결일</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>키워드</translation>
    </message>
    <message>
        <source>Lead ministry</source>
        <translation>주관 부처</translation>
    </message>
    <message>
        <source>Cooperating ministries</source>
        <translation>협조 부처</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>예산 사업</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>의결 안건</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Owner ministry</source>
        <translation>담당 부처</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진척도</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>주관</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>구성</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>회계연도</translation>
    </message>
    <message>
        <source>Parent line</source>
        <translation>상위 사업</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>정부안</translation>
    </message>
    <message>
        <source>Enacted</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>집행</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>파트너</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Ministries</source>
        <translation>부처</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>임무</translation>
    </message>
    <message>
        <source>Active CAIO</source>
        <translation>현직 CAIO</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>기준값</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>산출물</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>근거 자료</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>관측값</translation>
    </message>
    <message>
        <source>Overrun noted</source>
        <translation>초과 집행 확인</translation>
    </message>
    <message>
        <source>Sample (illustrative)</source>
        <translation>예시 (설명용)</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Unit (English)</source>
        <translation>단위(영어)</translation>
    </message>
</context>
<context>
    <name>RecordService</name>
    <message>
        <source>An auditor&apos;s vault reads and verifies; it changes nothing.</source>
        <translation>감사 금고는 읽고 검증만 하며 아무것도 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>This vault&apos;s role (%1) does not allow changes.</source>
        <translation>이 금고의 역할(%1)로는 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>This vault&apos;s ministry (%1) is not in the ministry list yet; the secretariat adds it.</source>
        <translation>이 금고의 부처(%1)가 아직 부처 목록에 없습니다. 사무국이 추가합니다.</translation>
    </message>
    <message>
        <source>Actions are created and deleted by the secretariat; a ministry updates its own.</source>
        <translation>후속 조치는 사무국이 만들고 삭제합니다. 부처는 자기 조치를 갱신합니다.</translation>
    </message>
    <message>
        <source>This action belongs to another ministry.</source>
        <translation>이 후속 조치는 다른 부처의 것입니다.</translation>
    </message>
    <message>
        <source>A ministry updates an action&apos;s status, progress and evidence only, not &apos;%1&apos;.</source>
        <translation>부처는 후속 조치의 상태, 진척도, 근거만 갱신할 수 있습니다(&apos;%1&apos;은(는) 안 됩니다).</translation>
    </message>
    <message>
        <source>CAIO records are deleted by the secretariat.</source>
        <translation>CAIO 레코드는 사무국이 삭제합니다.</translation>
    </message>
    <message>
        <source>A ministry keeps its own CAIO record only.</source>
        <translation>부처는 자기 부처의 CAIO 레코드만 관리합니다.</translation>
    </message>
    <message>
        <source>Budget lines are created and deleted by the secretariat; a ministry reports execution.</source>
        <translation>예산 사업은 사무국이 만들고 삭제합니다. 부처는 집행 실적을 보고합니다.</translation>
    </message>
    <message>
        <source>This budget line belongs to another ministry.</source>
        <translation>이 예산 사업은 다른 부처의 것입니다.</translation>
    </message>
    <message>
        <source>A ministry reports a budget line&apos;s execution only, not &apos;%1&apos;.</source>
        <translation>부처는 예산 사업의 집행 실적만 보고할 수 있습니다(&apos;%1&apos;은(는) 안 됩니다).</translation>
    </message>
    <message>
        <source>%1 records are kept by the secretariat.</source>
        <translation>%1 레코드는 사무국이 관리합니다.</translation>
    </message>
    <message>
        <source>There is no %1 with the id %2.</source>
        <translation>ID가 %2인 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>There is no record with the id %1.</source>
        <translation>ID가 %1인 레코드가 없습니다.</translation>
    </message>
    <message>
        <source>This ministry has an active CAIO already (%1); end that appointment first.</source>
        <translation>이 부처에는 이미 현직 CAIO가 있습니다(%1). 먼저 그 임명을 종료하세요.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a record type; the types are: %2.</source>
        <translation>&apos;%1&apos;은(는) 레코드 유형이 아닙니다. 유형: %2.</translation>
    </message>
    <message>
        <source>Record %1 was deleted.</source>
        <translation>레코드 %1은(는) 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Record %1 is a %2, not a %3.</source>
        <translation>레코드 %1은(는) %3이(가) 아니라 %2입니다.</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>금고가 잠겨 있습니다. 먼저 잠금을 해제하세요.</translation>
    </message>
    <message>
        <source>There is no record %1.</source>
        <translation>레코드 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Record %1 is a %2, not a %3.</source>
        <translation>레코드 %1은(는) %3이(가) 아니라 %2입니다.</translation>
    </message>
    <message>
        <source>Record %1 was deleted.</source>
        <translation>레코드 %1은(는) 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Record %1 was deleted already.</source>
        <translation>레코드 %1은(는) 이미 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Record %1 is not deleted.</source>
        <translation>레코드 %1은(는) 삭제되지 않았습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field name.</source>
        <translation>&apos;%1&apos;은(는) 필드 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>Name a field of the record.</source>
        <translation>레코드의 필드를 지정하십시오.</translation>
    </message>
    <message>
        <source>Change %1 of %2 is not kept unapplied in the log.</source>
        <translation>%2의 변경 %1은(는) 로그에 미적용으로 보관되어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Illustrative record: the facts are silent here (marked &apos;sample&apos;).</source>
        <translation>예시 레코드: 사실 자료에 없는 내용입니다(&apos;sample&apos; 표시).</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>기한 지남</translation>
    </message>
    <message>
        <source>No active CAIO</source>
        <translation>현직 CAIO 없음</translation>
    </message>
    <message>
        <source>This ministry has no active Chief AI Officer.</source>
        <translation>이 부처에는 현직 최고AI책임자(CAIO)가 없습니다.</translation>
    </message>
</context>
<context>
    <name>RecordTypes</name>
    <message>
        <source>Ministry</source>
        <translation>부처</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>CAIO</source>
        <translation>CAIO</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>의결 안건</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>Task force</source>
        <translation>전담반</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>예산 사업</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>협력</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>주요 일정</translation>
    </message>
</context>
<context>
    <name>RecordValidator</name>
    <message>
        <source>Must be text.</source>
        <translation>텍스트여야 합니다.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>정수여야 합니다.</translation>
    </message>
    <message>
        <source>Amounts are whole won, written as a number without decimals (e.g. 2600000000000).</source>
        <translation>금액은 원 단위 정수로, 소수점 없이 숫자로 씁니다(예: 2600000000000).</translation>
    </message>
    <message>
        <source>Must be a date written as YYYY-MM-DD.</source>
        <translation>YYYY-MM-DD 형식의 날짜여야 합니다.</translation>
    </message>
    <message>
        <source>Must be one of: %1.</source>
        <translation>다음 중 하나여야 합니다: %1.</translation>
    </message>
    <message>
        <source>Must be a list of text entries.</source>
        <translation>텍스트 항목의 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>Must be a whole percentage from 0 to 100.</source>
        <translation>0에서 100 사이의 정수 백분율이어야 합니다.</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>true 또는 false여야 합니다.</translation>
    </message>
    <message>
        <source>Must be a list of {date, value} points.</source>
        <translation>{date, value} 항목의 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>Point %1 needs a date (YYYY-MM-DD) and a numeric value.</source>
        <translation>%1번째 항목에는 날짜(YYYY-MM-DD)와 숫자 값이 필요합니다.</translation>
    </message>
    <message>
        <source>Must be a list of deliverables.</source>
        <translation>산출물 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>Deliverable %1 needs a title.</source>
        <translation>%1번째 산출물에 제목이 필요합니다.</translation>
    </message>
    <message>
        <source>Deliverable %1: the due date must be written as YYYY-MM-DD.</source>
        <translation>%1번째 산출물: 기한은 YYYY-MM-DD 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>Deliverable %1: the status must be one of: %2.</source>
        <translation>%1번째 산출물: 상태는 다음 중 하나여야 합니다: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field of %2.</source>
        <translation>&apos;%1&apos;은(는) %2의 필드가 아닙니다.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>필수 항목입니다.</translation>
    </message>
    <message>
        <source>The term cannot end before the appointment.</source>
        <translation>임기 종료일은 임명일보다 앞설 수 없습니다.</translation>
    </message>
    <message>
        <source>Each ministry is asked to name a vice-minister-level or director-general-level official; this rank is flagged.</source>
        <translation>각 부처는 차관급 또는 실장급 공무원을 지정해야 합니다. 이 직급은 표시해 둡니다.</translation>
    </message>
    <message>
        <source>The end cannot come before the start.</source>
        <translation>종료일은 시작일보다 앞설 수 없습니다.</translation>
    </message>
    <message>
        <source>Executed above the %1 amount (noted as intended).</source>
        <translation>집행액이 %1 금액을 넘습니다(의도된 것으로 표시됨).</translation>
    </message>
    <message>
        <source>revised</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>enacted</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>Executed is above the %1 amount; set overrun_noted if this is intended.</source>
        <translation>집행액이 %1 금액을 넘습니다. 의도한 것이면 overrun_noted를 설정하세요.</translation>
    </message>
    <message>
        <source>The record already held this value; saving keeps it as it is.</source>
        <translation>기록에 이미 있던 값이므로 저장해도 그대로 둡니다.</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>This recovery key is mistyped: check each group of five.</source>
        <translation>복구 키가 잘못 입력되었습니다. 다섯 글자씩 묶음을 하나하나 확인하세요.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>보고서 작성을 취소했습니다. 아무것도 기록되지 않았습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a report: use %2.</source>
        <translation>&apos;%1&apos;은(는) 보고서 종류가 아닙니다: %2 중 하나를 쓰십시오.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1을(를) 기록할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>no PDF device</source>
        <translation>PDF 장치가 없습니다</translation>
    </message>
    <message>
        <source>The disk is full; %1 was not written.</source>
        <translation>디스크가 가득 찼습니다. %1은(는) 기록되지 않았습니다.</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>no temporary file beside it</source>
        <translation>옆에 임시 파일을 만들 수 없습니다</translation>
    </message>
    <message>
        <source>the workbook cannot be made</source>
        <translation>통합 문서를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Committee summary</source>
        <translation>위원회 종합 보고서</translation>
    </message>
    <message>
        <source>Resolutions and actions</source>
        <translation>의결 안건과 후속 조치</translation>
    </message>
    <message>
        <source>Chief AI Officers</source>
        <translation>최고AI책임관(CAIO)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>Task forces</source>
        <translation>전담반</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>감사 로그</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows; %3</source>
        <translation>전체 %2행 중 처음 %1행. %3</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>한눈에 보기</translation>
    </message>
    <message>
        <source>Budget: proposal %1, enacted %2, executed to date %3 (%4 of the latest budget).</source>
        <translation>예산: 정부안 %1, 확정 %2, 현재까지 집행 %3(최종 예산 대비 %4).</translation>
    </message>
    <message>
        <source>AI transition (AX): %1, %2 of the proposal.</source>
        <translation>AI 전환(AX): %1, 정부안의 %2.</translation>
    </message>
    <message>
        <source>%1: %2 %3 now, target %4 by %5; %6 to go.</source>
        <translation>%1: 현재 %2 %3, %5년까지 목표 %4, 남은 격차 %6.</translation>
    </message>
    <message>
        <source>Budget by stage</source>
        <translation>단계별 예산</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>결의</translation>
    </message>
    <message>
        <source>Resolutions by status</source>
        <translation>상태별 의결 안건</translation>
    </message>
    <message>
        <source>Resolutions by policy keyword</source>
        <translation>정책 키워드별 의결 안건</translation>
    </message>
    <message>
        <source>the resolutions report lists all.</source>
        <translation>의결 안건 보고서에 모두 실려 있습니다.</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>Actions by ministry</source>
        <translation>부처별 후속 조치</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>미완료</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>기한 지남</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>기한이 지난 후속 조치</translation>
    </message>
    <message>
        <source>%1 of %2 ministries have an active CAIO; %3 have none yet.</source>
        <translation>%2개 부처 중 %1개 부처에 재직 중인 CAIO가 있고, %3개 부처는 아직 없습니다.</translation>
    </message>
    <message>
        <source>CAIO roster</source>
        <translation>CAIO 명단</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>공석</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Share of the proposal</source>
        <translation>정부안 대비 비율</translation>
    </message>
    <message>
        <source>Executed: %1 of the latest budget.</source>
        <translation>집행: 최종 예산 대비 %1.</translation>
    </message>
    <message>
        <source>Proposal by category</source>
        <translation>분야별 정부안</translation>
    </message>
    <message>
        <source>Proposal by policy keyword</source>
        <translation>정책 키워드별 정부안</translation>
    </message>
    <message>
        <source>Enacted by ministry</source>
        <translation>부처별 확정 예산</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>예산 사업</translation>
    </message>
    <message>
        <source>Indicators against their targets</source>
        <translation>목표 대비 지표</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>최근 값</translation>
    </message>
    <message>
        <source>Expected today</source>
        <translation>오늘 기준 예상</translation>
    </message>
    <message>
        <source>Final target</source>
        <translation>최종 목표</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>목표 시점</translation>
    </message>
    <message>
        <source>Gap to the final target</source>
        <translation>최종 목표까지 격차</translation>
    </message>
    <message>
        <source>Targets and observations</source>
        <translation>목표와 관측값</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>관측</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>산출물</translation>
    </message>
    <message>
        <source>Task force</source>
        <translation>전담반</translation>
    </message>
    <message>
        <source>Partnerships and milestones</source>
        <translation>협력과 주요 일정</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>협력</translation>
    </message>
    <message>
        <source>the list in the application has all.</source>
        <translation>전체 목록은 프로그램에서 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>주요 일정</translation>
    </message>
    <message>
        <source>Chains by site</source>
        <translation>사이트별 체인</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>사이트</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>항목 수</translation>
    </message>
    <message>
        <source>Signed up to</source>
        <translation>서명된 마지막 항목</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>온전함</translation>
    </message>
    <message>
        <source>Every site&apos;s chain was recomputed from its first entry and is intact; each signed head was checked with the site&apos;s key.</source>
        <translation>모든 사이트의 체인을 첫 항목부터 다시 계산했으며 온전합니다. 서명된 헤드는 각 사이트의 키로 확인했습니다.</translation>
    </message>
    <message>
        <source>A chain is broken: the history was altered. See the status below.</source>
        <translation>체인이 손상되었습니다: 이력이 변경되었습니다. 아래 상태를 보십시오.</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>항목(최신순)</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>시각(UTC)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>National AI Strategy Committee</source>
        <translation>국가인공지능전략위원회</translation>
    </message>
    <message>
        <source>ministry (%1)</source>
        <translation>부처(%1)</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>감사인</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>사무국</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>금고</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>작성 시각</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>감사 체인 헤드</translation>
    </message>
    <message>
        <source>entry %1, %2</source>
        <translation>%1번 항목, %2</translation>
    </message>
    <message>
        <source>audit head</source>
        <translation>감사 헤드</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2쪽 중 %1쪽</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>레코드가 없습니다.</translation>
    </message>
    <message>
        <source>%1 (won)</source>
        <translation>%1(원)</translation>
    </message>
    <message>
        <source>%1 (fraction)</source>
        <translation>%1(비율)</translation>
    </message>
    <message>
        <source>Chief AI Officers: %1 of %2 ministries have an active CAIO; %3 vacant, %4 at a rank other than the two asked for.</source>
        <translation>최고AI책임관: %2개 부처 중 %1개 부처에 재직 중인 CAIO가 있습니다. 공석 %3곳, 요구 직급이 아닌 경우 %4곳.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(지정 없음)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Resolutions: %1. Follow-up actions: %2, of them overdue: %3.</source>
        <translation>의결 안건 %1건, 후속 조치 %2건(그중 기한 경과 %3건).</translation>
    </message>
    <message>
        <source>Made with OneTeam from the vault&apos;s records. The audit chain head above names the state of the history the report was made from. In any vault that holds this site&apos;s log, the first command below checks that a copy of this file is unchanged since it was exported, the second that a printed copy names a real state of that history; &apos;oneteam-cli audit log&apos; shows it.</source>
        <translation>OneTeam이 금고의 레코드로 작성했습니다. 위의 감사 체인 헤드는 이 보고서가 기준으로 삼은 이력의 상태를 나타냅니다. 이 사이트의 로그를 가진 금고에서 아래 첫 번째 명령으로 이 파일의 사본이 내보낸 뒤 바뀌지 않았는지, 두 번째 명령으로 인쇄본이 그 이력의 실제 상태를 가리키는지 확인할 수 있고, &apos;oneteam-cli audit log&apos;로 그 이력을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>파일</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This vault was made by a newer version of OneTeam (schema %1; this one knows %2).</source>
        <translation>이 금고는 더 새로운 OneTeam 버전으로 만들어졌습니다(스키마 %1, 이 버전은 %2까지 지원).</translation>
    </message>
</context>
<context>
    <name>Sites</name>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>금고가 잠겨 있습니다. 먼저 잠금을 해제하세요.</translation>
    </message>
    <message>
        <source>This file is not a OneTeam site card.</source>
        <translation>이 파일은 OneTeam 사이트 카드가 아닙니다.</translation>
    </message>
    <message>
        <source>The site card&apos;s signature does not match its contents: the card was altered or damaged.</source>
        <translation>사이트 카드의 서명이 내용과 맞지 않습니다. 카드가 변조되었거나 손상되었습니다.</translation>
    </message>
    <message>
        <source>The list of trusted sites is damaged.</source>
        <translation>신뢰하는 사이트 목록이 손상되었습니다.</translation>
    </message>
    <message>
        <source>The system could not make the site&apos;s keys.</source>
        <translation>시스템이 사이트 키를 만들지 못했습니다.</translation>
    </message>
    <message>
        <source>The roster could not be signed.</source>
        <translation>사이트 목록에 서명하지 못했습니다.</translation>
    </message>
    <message>
        <source>No site %1 is known here.</source>
        <translation>이 금고는 사이트 %1을(를) 알지 못합니다.</translation>
    </message>
    <message>
        <source>This vault has no site identity.</source>
        <translation>이 금고에는 사이트 정보가 없습니다.</translation>
    </message>
    <message>
        <source>This vault has no site keys.</source>
        <translation>이 금고에는 사이트 키가 없습니다.</translation>
    </message>
    <message>
        <source>The site card could not be signed.</source>
        <translation>사이트 카드에 서명하지 못했습니다.</translation>
    </message>
    <message>
        <source>Only the secretariat&apos;s vault, the root of the network, trusts sites.</source>
        <translation>사이트 신뢰는 네트워크의 뿌리인 사무국 금고만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role: use secretariat, auditor or ministry:CODE.</source>
        <translation>&apos;%1&apos;은(는) 역할이 아닙니다. secretariat, auditor 또는 ministry:CODE를 쓰십시오.</translation>
    </message>
    <message>
        <source>This is this vault&apos;s own card.</source>
        <translation>이 금고 자신의 카드입니다.</translation>
    </message>
    <message>
        <source>Site %1 is already known with other keys; a site keeps its keys for life. Remove it first if it really made new ones.</source>
        <translation>사이트 %1은(는) 이미 다른 키로 등록되어 있습니다. 사이트의 키는 바뀌지 않습니다. 정말 새 키를 만들었다면 먼저 삭제하십시오.</translation>
    </message>
    <message>
        <source>The root cannot stop trusting itself.</source>
        <translation>뿌리 사이트는 자신에 대한 신뢰를 거둘 수 없습니다.</translation>
    </message>
    <message>
        <source>This vault has not joined a network yet; join with the secretariat&apos;s first bundle.</source>
        <translation>이 금고는 아직 네트워크에 가입하지 않았습니다. 사무국의 첫 묶음로 가입하십시오.</translation>
    </message>
    <message>
        <source>The list of trusted sites in this bundle is not signed by this network&apos;s secretariat.</source>
        <translation>이 묶음의 신뢰 사이트 목록은 이 네트워크 사무국의 서명이 없습니다.</translation>
    </message>
    <message>
        <source>The list of trusted sites in this bundle is not signed by its root.</source>
        <translation>이 묶음의 신뢰 사이트 목록은 뿌리 사이트의 서명이 없습니다.</translation>
    </message>
    <message>
        <source>This vault already belongs to another network (root %1).</source>
        <translation>이 금고는 이미 다른 네트워크(뿌리 %1)에 속해 있습니다.</translation>
    </message>
    <message>
        <source>The secretariat&apos;s key has fingerprint %1, not the one given (%2). Do not join: ask the secretariat by another channel which is right.</source>
        <translation>사무국 키의 지문은 %1이며 입력한 값(%2)과 다릅니다. 가입하지 마십시오. 다른 경로로 사무국에 올바른 지문을 확인하십시오.</translation>
    </message>
    <message>
        <source>The bundle&apos;s root is not a secretariat (%1).</source>
        <translation>묶음의 뿌리 사이트가 사무국이 아닙니다(%1).</translation>
    </message>
    <message>
        <source>The secretariat has not trusted this site&apos;s card yet: send it the card (oneteam-cli site card) first.</source>
        <translation>사무국이 아직 이 사이트의 카드를 신뢰하지 않았습니다. 먼저 카드(oneteam-cli site card)를 보내십시오.</translation>
    </message>
    <message>
        <source>The secretariat trusted this site as %1, but this vault was made as %2.</source>
        <translation>사무국은 이 사이트를 %1(으)로 신뢰했지만 이 금고는 %2(으)로 만들어졌습니다.</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1에 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>SqliteError</name>
    <message>
        <source>The vault is damaged or was altered; nothing was changed.</source>
        <translation>금고가 손상되었거나 변조되었습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Page %1 of the vault is damaged or was altered; nothing was changed.</source>
        <translation>금고의 %1쪽이 손상되었거나 변조되었습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Frame %1 of the vault&apos;s write-ahead log is damaged or was altered; nothing was changed.</source>
        <translation>금고 선행 기록(WAL)의 %1번 프레임이 손상되었거나 변조되었습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The vault&apos;s rollback journal is damaged or was altered (at byte %1); nothing was changed.</source>
        <translation>금고의 롤백 저널이 손상되었거나 변조되었습니다(%1바이트 위치). 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The disk is full; the last change was not saved and nothing was lost.</source>
        <translation>디스크가 가득 찼습니다. 마지막 변경은 저장되지 않았고 잃은 것은 없습니다.</translation>
    </message>
    <message>
        <source>The vault is open in another window or program.</source>
        <translation>금고가 다른 창이나 프로그램에서 열려 있습니다.</translation>
    </message>
    <message>
        <source>Reading or writing the vault failed: %1</source>
        <translation>금고를 읽거나 쓰지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The vault reported an error: %1</source>
        <translation>금고에서 오류가 났습니다: %1</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The bundle is damaged or was altered (%1); nothing was changed.</source>
        <translation>묶음이 손상되었거나 변조되었습니다(%1). 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>A bundle goes to other sites, not to this one.</source>
        <translation>묶음은 이 사이트가 아닌 다른 사이트로 보냅니다.</translation>
    </message>
    <message>
        <source>Site %1 is not trusted here.</source>
        <translation>사이트 %1은(는) 여기서 신뢰하지 않습니다.</translation>
    </message>
    <message>
        <source>Name the sites the bundle is for; this vault trusts no other site yet.</source>
        <translation>묶음을 받을 사이트를 지정하십시오. 이 금고는 아직 다른 사이트를 신뢰하지 않습니다.</translation>
    </message>
    <message>
        <source>The bundle could not be signed.</source>
        <translation>묶음에 서명하지 못했습니다.</translation>
    </message>
    <message>
        <source>This vault&apos;s change log has a gap (site %1); it cannot be sent.</source>
        <translation>이 금고의 변경 기록에 빈틈이 있어(사이트 %1) 보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>The disk is full; the bundle was not written (%1).</source>
        <translation>디스크가 가득 차 묶음을 쓰지 못했습니다(%1).</translation>
    </message>
    <message>
        <source>The bundle could not be written to %1: %2.</source>
        <translation>묶음을 %1에 쓰지 못했습니다: %2.</translation>
    </message>
    <message>
        <source>The bundle is signed by a site this vault does not trust (%1); nothing was changed.</source>
        <translation>이 금고가 신뢰하지 않는 사이트(%1)가 서명한 묶음입니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The bundle claims to come from %1 but is signed with another key; nothing was changed.</source>
        <translation>묶음은 %1에서 왔다고 하지만 다른 키로 서명되었습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>its signature does not match its contents</source>
        <translation>서명이 내용과 맞지 않음</translation>
    </message>
    <message>
        <source>This bundle is for %1, not for this site; nothing was changed.</source>
        <translation>이 묶음은 이 사이트가 아니라 %1 앞으로 온 것입니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>its contents are not in the bundle format</source>
        <translation>내용이 묶음 형식이 아님</translation>
    </message>
    <message>
        <source>This bundle was imported on %1 already; nothing changed.</source>
        <translation>이 묶음은 %1에 이미 가져왔습니다. 바뀐 것이 없습니다.</translation>
    </message>
    <message>
        <source>A network is joined with a bundle from its secretariat; this one comes from another site.</source>
        <translation>네트워크 가입은 사무국이 보낸 묶음로 합니다. 이 묶음은 다른 사이트에서 왔습니다.</translation>
    </message>
    <message>
        <source>the changes of %1 do not carry its signature</source>
        <translation>%1의 변경에 그 사이트의 서명이 없음</translation>
    </message>
    <message>
        <source>the changes of %1 were altered on the way</source>
        <translation>%1의 변경이 전달 도중 변조됨</translation>
    </message>
    <message>
        <source>record %1 is a %2, not a %3</source>
        <translation>레코드 %1은(는) %3이(가) 아니라 %2입니다</translation>
    </message>
    <message>
        <source>%1 (%2 %3): %4</source>
        <translation>%1 (%2 %3): %4</translation>
    </message>
    <message>
        <source>This bundle was written before the last one imported from %1.</source>
        <translation>이 묶음은 %1에서 마지막으로 가져온 묶음보다 먼저 만들어졌습니다.</translation>
    </message>
    <message>
        <source>Nothing in this bundle is new here.</source>
        <translation>이 묶음에는 새로운 내용이 없습니다.</translation>
    </message>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>금고가 잠겨 있습니다. 먼저 잠금을 해제하세요.</translation>
    </message>
    <message>
        <source>Changes from %1 are dated more than a day ahead (is its clock right?); they wait until then.</source>
        <translation>%1의 변경이 하루 넘게 앞선 시각으로 기록되어 있습니다(그 사이트의 시계가 맞습니까?). 그 시각까지 기다립니다.</translation>
    </message>
    <message>
        <source>Changes from %1 to a record this vault has not received yet wait for it.</source>
        <translation>이 금고가 아직 받지 못한 레코드에 대한 %1의 변경은 그 레코드를 기다립니다.</translation>
    </message>
    <message>
        <source>a deletion that is neither true nor false</source>
        <translation>참도 거짓도 아닌 삭제 값</translation>
    </message>
    <message>
        <source>a change to &apos;%1&apos; claims to replace versions of &apos;%2&apos;</source>
        <translation>&apos;%1&apos;의 변경이 &apos;%2&apos;의 버전을 대체한다고 주장함</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n change(s) from a site this vault does not trust (%1).</source>
        <translation>
            <numerusform>이 금고가 신뢰하지 않는 사이트(%1)의 변경 %n건은 제외했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Held back %n change(s) from %1 until the earlier ones reach this vault (missing: %2); ask for a bundle that carries them.</source>
        <translation>
            <numerusform>%1의 변경 %n건은 이 금고가 아직 받지 못한 이전 변경(%2건)이 올 때까지 보류합니다. 그것을 담은 묶음을 요청하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>its record&apos;s creation was refused here</source>
        <translation>이 레코드의 생성이 여기서 거부되었습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to record types only a newer version of OneTeam knows (%1) are kept; they apply once this site runs a version that knows them.</source>
        <translation>
            <numerusform>OneTeam의 새 버전만 아는 레코드 유형(%1)의 변경 %n건은 보관됩니다. 이 사이트가 그 유형을 아는 버전을 쓰면 적용됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to record types only a newer version of OneTeam knows (%1) would be kept; they apply once this site runs a version that knows them.</source>
        <translation>
            <numerusform>OneTeam의 새 버전만 아는 레코드 유형(%1)의 변경 %n건은 보관될 것입니다. 이 사이트가 그 유형을 아는 버전을 쓰면 적용됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>its record&apos;s creation is kept for a newer version; it is taken up with it</source>
        <translation>이 레코드의 생성이 새 버전을 위해 보관되어 있어, 그와 함께 적용됩니다</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Secretariat</source>
        <translation>사무국</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>감사</translation>
    </message>
    <message>
        <source>Ministry (%1)</source>
        <translation>부처 (%1)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
</context>
<context>
    <name>SyncPolicy</name>
    <message>
        <source>&apos;%1&apos; is not a record type this version of OneTeam knows (the sender runs a newer one): its changes are kept and applied once this site runs a version that knows it.</source>
        <translation>&apos;%1&apos;은(는) 이 버전의 OneTeam이 아는 레코드 유형이 아닙니다(보낸 곳이 더 새 버전을 씁니다). 변경은 보관되며, 이 사이트가 그 유형을 아는 버전으로 업그레이드하면 적용됩니다.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a record type this version of OneTeam knows.</source>
        <translation>&apos;%1&apos;은(는) 이 버전의 OneTeam이 아는 레코드 유형이 아닙니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept since they arrived for a record type the version before did not know were applied (%1).</source>
        <translation>
            <numerusform>이전 버전이 몰랐던 레코드 유형이라 도착한 뒤 보관해 온 변경 %n건을 적용했습니다(%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept since they arrived for a record type the version before did not know were refused: %1</source>
        <translation>
            <numerusform>이전 버전이 몰랐던 레코드 유형이라 도착한 뒤 보관해 온 변경 %n건은 거부되었습니다: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>금고가 잠겨 있습니다. 먼저 잠금을 해제하세요.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role: use secretariat, auditor or ministry:CODE (e.g. ministry:MSIT).</source>
        <translation>&apos;%1&apos;은(는) 역할이 아닙니다. secretariat, auditor 또는 ministry:코드(예: ministry:MSIT)를 쓰세요.</translation>
    </message>
    <message>
        <source>The site needs a name.</source>
        <translation>사이트 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>The passphrase cannot be empty.</source>
        <translation>암호 문구는 비워 둘 수 없습니다.</translation>
    </message>
    <message>
        <source>The encryption layer could not be registered.</source>
        <translation>암호화 계층을 등록하지 못했습니다.</translation>
    </message>
    <message>
        <source>The system&apos;s random generator failed.</source>
        <translation>시스템 난수 생성기가 실패했습니다.</translation>
    </message>
    <message>
        <source>The vault&apos;s header was altered; the vault cannot be opened.</source>
        <translation>금고 헤더가 변조되어 금고를 열 수 없습니다.</translation>
    </message>
    <message>
        <source>AES-256-GCM is not available from OpenSSL.</source>
        <translation>OpenSSL에서 AES-256-GCM을 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The vault has lost its pages (the file was cut short); nothing was changed.</source>
        <translation>금고의 페이지가 사라졌습니다(파일이 잘렸습니다). 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>The vault&apos;s pages do not have the layout OneTeam writes.</source>
        <translation>금고 페이지가 OneTeam이 쓰는 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>이 금고에는 복구 키가 없습니다.</translation>
    </message>
    <message>
        <source>That is not this vault&apos;s current passphrase or recovery key.</source>
        <translation>이 금고의 현재 암호 문구나 복구 키가 아닙니다.</translation>
    </message>
    <message>
        <source>This system&apos;s SQLite is version %1; OneTeam&apos;s encryption was tested with %2 to %3 only, so it does not open vaults with it. Install the SQLite of Debian 12, or set ONETEAM_ALLOW_UNTESTED_SQLITE=1 at your own risk.</source>
        <translation>이 시스템의 SQLite는 %1 버전입니다. OneTeam의 암호화는 %2부터 %3까지에서만 검증되었으므로 이 버전으로는 금고를 열지 않습니다. Debian 12의 SQLite를 설치하거나, 위험을 감수하고 ONETEAM_ALLOW_UNTESTED_SQLITE=1을 설정하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>After several wrong answers, wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>여러 번 틀렸으므로 %n초 기다린 뒤 다시 시도하십시오.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recovery key could not be made.</source>
        <translation>복구 키를 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>VaultFile</name>
    <message>
        <source>The disk holding %1 is full; nothing was changed.</source>
        <translation>%1이(가) 있는 디스크가 가득 찼습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Cannot read or write %1: %2</source>
        <translation>%1을(를) 읽거나 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The vault %1 is open in another window or program.</source>
        <translation>금고 %1이(가) 다른 창이나 프로그램에서 열려 있습니다.</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>%1에 금고가 없습니다.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1이(가) 이미 있습니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>A vault header must be 4096 bytes.</source>
        <translation>금고 헤더는 4096바이트여야 합니다.</translation>
    </message>
    <message>
        <source>The disk is full. The change was saved beside the vault and is completed the next time the vault is opened.</source>
        <translation>디스크가 가득 찼습니다. 변경 내용은 금고 옆에 저장되었고, 다음에 금고를 열 때 마무리됩니다.</translation>
    </message>
    <message>
        <source>Writing the vault&apos;s header failed. The change was saved beside the vault and is completed the next time the vault is opened.</source>
        <translation>금고 헤더를 쓰지 못했습니다. 변경 내용은 금고 옆에 저장되었고, 다음에 금고를 열 때 마무리됩니다.</translation>
    </message>
</context>
<context>
    <name>VaultHeader</name>
    <message>
        <source>This file is not a OneTeam vault.</source>
        <translation>이 파일은 OneTeam 금고가 아닙니다.</translation>
    </message>
    <message>
        <source>The vault&apos;s header is damaged or was altered; the vault cannot be opened.</source>
        <translation>금고 헤더가 손상되었거나 변조되어 금고를 열 수 없습니다.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of OneTeam (format %1).</source>
        <translation>이 금고는 더 새로운 OneTeam 버전으로 만들어졌습니다(형식 %1).</translation>
    </message>
    <message>
        <source>This vault uses a page layout or cipher this version does not support.</source>
        <translation>이 금고는 이 버전이 지원하지 않는 페이지 형식이나 암호를 씁니다.</translation>
    </message>
    <message>
        <source>The vault has a key slot of an unknown kind.</source>
        <translation>금고에 알 수 없는 종류의 키 슬롯이 있습니다.</translation>
    </message>
    <message>
        <source>The vault&apos;s key derivation settings are outside the supported range.</source>
        <translation>금고의 키 유도 설정이 지원 범위를 벗어났습니다.</translation>
    </message>
    <message>
        <source>Wrapping the vault key failed.</source>
        <translation>금고 키를 감싸지 못했습니다.</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>암호 문구가 맞지 않습니다.</translation>
    </message>
    <message>
        <source>The recovery key is not correct.</source>
        <translation>복구 키가 맞지 않습니다.</translation>
    </message>
    <message>
        <source>This vault has no recovery key; use its passphrase.</source>
        <translation>이 금고에는 복구 키가 없습니다. 암호 문구를 쓰세요.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>OneTeam: resolutions, actions, CAIOs, budget and indicators of the National AI Strategy Committee.</source>
        <translation>OneTeam: 국가인공지능전략위원회의 의결, 후속 조치, CAIO, 예산, 지표.</translation>
    </message>
    <message>
        <source>Render every page to DIR/&lt;page&gt;.png and exit.</source>
        <translation>모든 화면을 DIR/&lt;page&gt;.png로 저장하고 끝냅니다.</translation>
    </message>
    <message>
        <source>Interface language: ko or en.</source>
        <translation>화면 언어: ko 또는 en.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;; use ko or en.</source>
        <translation>알 수 없는 언어 &apos;%1&apos;입니다. ko 또는 en을 쓰세요.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page snapshot(s) to %1.</source>
        <translation>
            <numerusform>화면 %n개를 %1에 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open this vault (asks for its passphrase).</source>
        <translation>이 금고를 엽니다(암호 문구를 묻습니다).</translation>
    </message>
    <message>
        <source>Window size for snapshots, e.g. 1920x1080.</source>
        <translation>화면 캡처용 창 크기, 예: 1920x1080.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a size such as 1920x1080.</source>
        <translation>&apos;%1&apos;은(는) 1920x1080 같은 크기가 아닙니다.</translation>
    </message>
    <message>
        <source>Colours: system, light, dark or high-contrast.</source>
        <translation>색상: system, light, dark 또는 high-contrast.</translation>
    </message>
    <message>
        <source>A vault to open, as with --vault.</source>
        <translation>열 금고(--vault와 같음).</translation>
    </message>
    <message>
        <source>Unknown theme &apos;%1&apos;; use system, light, dark or high-contrast.</source>
        <translation>알 수 없는 테마 &apos;%1&apos;입니다. system, light, dark, high-contrast 중 하나를 쓰십시오.</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>%1에 금고가 없습니다.</translation>
    </message>
    <message>
        <source>OneTeam</source>
        <translation>OneTeam</translation>
    </message>
    <message>
        <source>Snapshots of a vault need its passphrase in ONETEAM_PASSPHRASE; the vault was not opened.</source>
        <translation>금고의 화면을 저장하려면 ONETEAM_PASSPHRASE에 암호를 넣어야 합니다. 금고를 열지 않았습니다.</translation>
    </message>
    <message>
        <source>Timing the start with a vault needs its passphrase in ONETEAM_PASSPHRASE; the vault was not opened.</source>
        <translation>금고를 열어 시작 시간을 재려면 ONETEAM_PASSPHRASE에 암호문이 있어야 합니다. 금고를 열지 않았습니다.</translation>
    </message>
    <message>
        <source>First window shown %1 ms after the program started.</source>
        <translation>프로그램 시작 %1ms 뒤 첫 창이 표시되었습니다.</translation>
    </message>
    <message>
        <source>Records shown %1 ms after the program started; opening the vault took %2 ms of it, its key derivation included.</source>
        <translation>프로그램 시작 %1ms 뒤 레코드가 표시되었습니다. 그중 금고 열기에 %2ms(키 유도 포함)가 걸렸습니다.</translation>
    </message>
    <message>
        <source>Nothing was shown within a minute.</source>
        <translation>1분 안에 아무것도 표시되지 않았습니다.</translation>
    </message>
    <message>
        <source>Print how long the start took, to the first window and to the records of the vault given (passphrase in ONETEAM_PASSPHRASE), and exit.</source>
        <translation>시작에 걸린 시간(첫 창까지, 지정한 금고의 레코드까지; 암호문은 ONETEAM_PASSPHRASE)을 출력하고 끝냅니다.</translation>
    </message>
</context>
<context>
    <name>oneteam::AboutDialog</name>
    <message>
        <source>About OneTeam</source>
        <translation>OneTeam 정보</translation>
    </message>
    <message>
        <source>Resolutions, actions, CAIOs, task forces, budget and indicators of the National AI Strategy Committee, in an encrypted vault shared between offices as signed bundles.</source>
        <translation>국가인공지능전략위원회의 의결, 후속 조치, CAIO, 전담반, 예산, 지표를 암호화된 금고에 담고, 서명된 묶음으로 기관 간에 공유합니다.</translation>
    </message>
    <message>
        <source>Built with Qt %1, SQLite %2 and %3.</source>
        <translation>Qt %1, SQLite %2, %3 기반.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
</context>
<context>
    <name>oneteam::AuditPage</name>
    <message>
        <source>Export the audit log</source>
        <translation>감사 로그 내보내기</translation>
    </message>
    <message>
        <source>Audit logs (*.json)</source>
        <translation>감사 로그 (*.json)</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>모든 사이트</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 entries; narrow the filters to see others.</source>
        <translation>항목 %2개 중 최신 %1개를 표시합니다. 다른 항목을 보려면 필터를 좁히십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>항목 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>The history of %1</source>
        <translation>%1의 이력</translation>
    </message>
    <message>
        <source>Every audit chain was recomputed and is intact.</source>
        <translation>모든 감사 체인을 다시 계산했으며 온전합니다.</translation>
    </message>
    <message>
        <source>An audit chain is broken: the history was altered. See the sites in red.</source>
        <translation>감사 체인이 손상되었습니다: 이력이 변경되었습니다. 빨간색 사이트를 보십시오.</translation>
    </message>
    <message>
        <source>The audit log could not be written to %1: %2</source>
        <translation>감사 로그를 %1에 기록할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Saved the audit log to %1. It verifies elsewhere with the key fingerprint %2.</source>
        <translation>감사 로그를 %1에 저장했습니다. 다른 곳에서는 키 지문 %2로 검증합니다.</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>지금 검증(&amp;V)</translation>
    </message>
    <message>
        <source>E&amp;xport log…</source>
        <translation>로그 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Chains by site</source>
        <translation>사이트별 체인</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>로그</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>사이트</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Search the log…</source>
        <translation>로그 검색…</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>로그 검색</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>From this day (the first date in the list: no bound)</source>
        <translation>이 날부터(목록의 첫 날짜: 제한 없음)</translation>
    </message>
    <message>
        <source>Up to this day (the first date in the list: no bound)</source>
        <translation>이 날까지(목록의 첫 날짜: 제한 없음)</translation>
    </message>
    <message>
        <source>Show all entries</source>
        <translation>모든 항목 보기</translation>
    </message>
    <message>
        <source>History of this record</source>
        <translation>이 레코드의 이력</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>레코드 열기</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>모든 동작</translation>
    </message>
    <message>
        <source>Audit chains of the offices</source>
        <translation>기관별 감사 체인</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>감사 기록 항목</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an audit chain head. A report prints it on its title page as the entry number and at least 16 hex digits of the chain value, e.g. 68:2c7e11c701b6f959.</source>
        <translation>&apos;%1&apos;은(는) 감사 체인 헤드가 아닙니다. 보고서 표지에 항목 번호와 체인 값의 16진수 16자리 이상으로 적혀 있습니다. 예: 68:2c7e11c701b6f959</translation>
    </message>
    <message>
        <source>But an audit chain is broken: the history was altered. See the sites in red.</source>
        <translation>그러나 감사 체인이 끊어졌습니다. 이력이 변경되었습니다. 빨간색으로 표시된 사이트를 보십시오.</translation>
    </message>
    <message>
        <source>Check a report file</source>
        <translation>보고서 파일 확인</translation>
    </message>
    <message>
        <source>Reports (*.pdf *.xlsx *.csv);;All files (*)</source>
        <translation>보고서 (*.pdf *.xlsx *.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Check a &amp;report</source>
        <translation>보고서 확인(&amp;R)</translation>
    </message>
    <message>
        <source>Check that a report file is one a site exported, unchanged, or that a printed report names a real state of this history</source>
        <translation>보고서 파일이 사이트가 내보낸 그대로인지, 또는 인쇄된 보고서가 이 이력의 실제 상태를 가리키는지 확인합니다</translation>
    </message>
    <message>
        <source>A report &amp;file…</source>
        <translation>보고서 파일(&amp;F)…</translation>
    </message>
    <message>
        <source>A &amp;printed report&apos;s audit chain head…</source>
        <translation>인쇄된 보고서의 감사 체인 헤드(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>oneteam::ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>암호 문구 변경</translation>
    </message>
    <message>
        <source>The old passphrase stops working as soon as the new one is saved. The records themselves are not rewritten.</source>
        <translation>새 암호 문구가 저장되는 즉시 이전 암호 문구는 쓸 수 없게 됩니다. 레코드 자체는 다시 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Sealing the vault&apos;s key with the new passphrase…</source>
        <translation>새 암호 문구로 금고 키를 봉인하는 중…</translation>
    </message>
</context>
<context>
    <name>oneteam::CreateVaultDialog</name>
    <message>
        <source>Create a vault</source>
        <translation>금고 만들기</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>금고 파일</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>사이트 이름</translation>
    </message>
    <message>
        <source>e.g. Secretariat, or the ministry&apos;s office</source>
        <translation>예: 사무국, 또는 부처 담당 부서</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>사무국</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>부처</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>감사</translation>
    </message>
    <message>
        <source>Ministry code</source>
        <translation>부처 코드</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>OneTeam vaults (*.otvault)</source>
        <translation>OneTeam 금고 (*.otvault)</translation>
    </message>
    <message>
        <source>Vault file:</source>
        <translation>금고 파일:</translation>
    </message>
    <message>
        <source>Site name:</source>
        <translation>사이트 이름:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>역할:</translation>
    </message>
    <message>
        <source>Ministry code:</source>
        <translation>부처 코드:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>만들기</translation>
    </message>
    <message>
        <source>Choose where the vault goes.</source>
        <translation>금고를 둘 위치를 고르세요.</translation>
    </message>
    <message>
        <source>Give this site a name.</source>
        <translation>이 사이트의 이름을 정하세요.</translation>
    </message>
    <message>
        <source>A ministry code is 2 to 8 capital letters, e.g. MSIT.</source>
        <translation>부처 코드는 대문자 2~8자입니다(예: MSIT).</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>금고를 만드는 중…</translation>
    </message>
</context>
<context>
    <name>oneteam::DashboardPage</name>
    <message>
        <source>All fiscal years</source>
        <translation>모든 회계연도</translation>
    </message>
    <message>
        <source>Fiscal year %1</source>
        <translation>%1 회계연도</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>집행</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>Enacted</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>정부안</translation>
    </message>
    <message>
        <source>Execution rate %1%</source>
        <translation>집행률 %1%</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Path the targets imply</source>
        <translation>목표가 가리키는 경로</translation>
    </message>
    <message>
        <source>Secured</source>
        <translation>확보</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>%1: %2 now; %3 by %4 (%5 to go); the path expects %6 today</source>
        <translation>%1: 현재 %2, %4년까지 %3 (남은 %5), 경로상 오늘 기대치 %6</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>현직</translation>
    </message>
    <message>
        <source>Flagged rank</source>
        <translation>직급 확인 필요</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>공석</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 ministries</source>
        <translation>%1: 부처 %3곳 중 %2곳</translation>
    </message>
    <message>
        <source>%1 of %2 ministries have an active CAIO</source>
        <translation>부처 %2곳 중 %1곳에 현직 CAIO가 있습니다</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>결의</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>부처</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>미완료</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>기한 지남</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>레코드</translation>
    </message>
    <message>
        <source>Budget: proposal %1, enacted %2, executed %3.</source>
        <translation>예산: 정부안 %1, 확정 %2, 집행 %3.</translation>
    </message>
    <message>
        <source>Actions: %1, of which %2 overdue.</source>
        <translation>후속 조치: %1건, 그중 기한 지남 %2건.</translation>
    </message>
    <message>
        <source>CAIO: %1 of %2 ministries covered.</source>
        <translation>CAIO: 부처 %2곳 중 %1곳 지정.</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>PNG로 저장…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>차트 저장</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>SVG로 저장…</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 이미지 (*.svg)</translation>
    </message>
    <message>
        <source>Open or unlock a vault to see where things stand.</source>
        <translation>현황을 보려면 금고를 열거나 잠금을 해제하세요.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>회계연도</translation>
    </message>
    <message>
        <source>Your ministry (%1): its actions, budget lines and CAIO; the national indicators.</source>
        <translation>소속 부처(%1): 부처의 후속 조치, 예산 사업, CAIO와 국가 지표.</translation>
    </message>
    <message>
        <source>The whole committee.</source>
        <translation>위원회 전체.</translation>
    </message>
    <message>
        <source>Budget by stage (%1)</source>
        <translation>단계별 예산 (%1)</translation>
    </message>
    <message>
        <source>Proposal by category (%1)</source>
        <translation>분야별 정부안 (%1)</translation>
    </message>
    <message>
        <source>Enacted by ministry (%1)</source>
        <translation>부처별 확정 예산 (%1)</translation>
    </message>
    <message>
        <source>GPUs secured against the targets</source>
        <translation>목표 대비 확보한 GPU</translation>
    </message>
    <message>
        <source>CAIO coverage</source>
        <translation>CAIO 지정 현황</translation>
    </message>
    <message>
        <source>Resolutions by status</source>
        <translation>상태별 의결 안건</translation>
    </message>
    <message>
        <source>Actions by ministry and status (overdue in red)</source>
        <translation>부처·상태별 후속 조치 (기한 지남은 빨간색)</translation>
    </message>
    <message>
        <source>Milestones and partnerships</source>
        <translation>주요 일정과 협력</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Auditor: the whole committee, and what changed in the period chosen.</source>
        <translation>감사: 위원회 전체와 선택한 기간에 바뀐 내용.</translation>
    </message>
    <message>
        <source>Resolutions by policy keyword</source>
        <translation>정책 키워드별 의결 안건</translation>
    </message>
    <message>
        <source>Proposal by policy keyword (%1)</source>
        <translation>정책 키워드별 정부안 (%1)</translation>
    </message>
    <message>
        <source>Your open actions, by due date</source>
        <translation>우리 부처의 미완료 조치 (기한순)</translation>
    </message>
    <message>
        <source>Records changed from %1 to %2</source>
        <translation>%1부터 %2까지 변경된 레코드</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>Changes from</source>
        <translation>변경 기간 시작</translation>
    </message>
    <message>
        <source>Changes to</source>
        <translation>변경 기간 끝</translation>
    </message>
    <message>
        <source>The whole committee</source>
        <translation>위원회 전체</translation>
    </message>
    <message>
        <source>Whose dashboard</source>
        <translation>누구의 대시보드</translation>
    </message>
    <message>
        <source>%1 as its officer sees it: its actions, budget lines and CAIO; the national indicators.</source>
        <translation>%1 담당자가 보는 화면: 부처의 후속 조치, 예산 사업, CAIO와 국가 지표.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n일 전</numerusform>
        </translation>
    </message>
    <message>
        <source>This vault exchanges bundles with no other office yet (Sync page).</source>
        <translation>이 금고는 아직 다른 기관과 묶음을 주고받지 않습니다(동기화 화면).</translation>
    </message>
    <message>
        <source>Bundles: %1 of %2 offices sent one in the last %3 days; %4 never did.</source>
        <translation>묶음: 기관 %2곳 중 %1곳이 최근 %3일 안에 보냈고, %4곳은 보낸 적이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review (Sync page).</source>
        <translation>
            <numerusform>검토할 충돌 %n건 (동기화 화면).</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>검토할 충돌이 없습니다.</translation>
    </message>
    <message>
        <source>Last bundle received from each office</source>
        <translation>기관별 마지막으로 받은 묶음</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>처</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>마지막 묶음</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>경과</translation>
    </message>
    <message>
        <source>Audit log BROKEN at its verification on %1: %2 (Audit page).</source>
        <translation>감사 로그가 %1 검증에서 손상됨: %2(감사 화면).</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entries (sites: %1), not verified yet (Audit page, Verify now).</source>
        <translation>
            <numerusform>감사 로그: 항목 %n개(사이트 %1곳), 아직 검증 전(감사 화면의 &apos;지금 검증&apos;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entries (sites: %1); verified intact on %2, entries added since: %3.</source>
        <translation>
            <numerusform>감사 로그: 항목 %n개(사이트 %1곳). %2에 온전함을 검증했고 그 뒤 추가된 항목: %3개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures and charts</source>
        <translation>수치와 차트</translation>
    </message>
    <message>
        <source>Milestones and partnerships on a timeline</source>
        <translation>시간 순으로 본 주요 일정과 협력</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>기간(&amp;P):</translation>
    </message>
    <message>
        <source>from any date</source>
        <translation>처음부터</translation>
    </message>
    <message>
        <source>to any date</source>
        <translation>끝까지</translation>
    </message>
    <message>
        <source>Resolutions adopted, actions due, milestones and partnerships dated in this period; the budget follows the fiscal year.</source>
        <translation>이 기간에 의결된 안건, 기한이 돌아오는 후속 조치, 날짜가 든 주요 일정과 협력만 보여 줍니다. 예산은 회계연도 선택을 따릅니다.</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>기간 시작</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>기간 끝</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Planned or under way</source>
        <translation>예정·진행 중</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>The ministry has an active CAIO</source>
        <translation>부처에 재직 중인 CAIO가 있습니다</translation>
    </message>
    <message>
        <source>The ministry has no active CAIO yet</source>
        <translation>부처에 아직 재직 중인 CAIO가 없습니다</translation>
    </message>
    <message>
        <source>Nothing to show for this view and period.</source>
        <translation>이 보기와 기간에는 표시할 내용이 없습니다.</translation>
    </message>
</context>
<context>
    <name>oneteam::ExportDialog</name>
    <message>
        <source>Export a bundle</source>
        <translation>묶음 내보내기</translation>
    </message>
    <message>
        <source>The bundle carries what each site chosen lacks, as far as this vault knows from the bundles it received. Only those sites can open it.</source>
        <translation>묶음에는 고른 사이트마다 아직 없는 변경을 담습니다(이 금고가 받은 묶음으로 아는 범위에서). 그 사이트들만 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>받는 곳</translation>
    </message>
    <message>
        <source>Write bundle…</source>
        <translation>묶음 쓰기…</translation>
    </message>
</context>
<context>
    <name>oneteam::ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 가져오기</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt;, written %2.</source>
        <translation>보낸 곳 &lt;b&gt;%1&lt;/b&gt;, 작성 %2.</translation>
    </message>
    <message>
        <source>The list of trusted sites will be updated.</source>
        <translation>신뢰하는 사이트 목록이 갱신됩니다.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>거부: %1</translation>
    </message>
    <message>
        <source>Incoming changes</source>
        <translation>들어오는 변경</translation>
    </message>
    <message>
        <source>From</source>
        <translation>보낸 곳</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>레코드</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>새 값</translation>
    </message>
    <message>
        <source>(new record)</source>
        <translation>(새 레코드)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(삭제)</translation>
    </message>
    <message>
        <source>(restored)</source>
        <translation>(복원)</translation>
    </message>
    <message>
        <source>Refused: the sender&apos;s role does not allow this change.</source>
        <translation>거부: 보낸 사이트의 역할로는 할 수 없는 변경입니다.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s): %1 will apply, %2 will be refused, %3 are here already.</source>
        <translation>
            <numerusform>변경 %Ln건: 적용 %1건, 거부 %2건, 이미 있음 %3건.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new conflict(s) to review.</source>
        <translation>
            <numerusform>검토할 새 충돌 %Ln건.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept, not applied: a record type only a newer version of OneTeam knows. It applies once this site runs that version.</source>
        <translation>보관, 미적용: OneTeam의 새 버전만 아는 레코드 유형입니다. 이 사이트가 그 버전을 쓰면 적용됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be kept for a newer version.</source>
        <translation>
            <numerusform>%Ln건은 새 버전을 위해 보관됩니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oneteam::JoinDialog</name>
    <message>
        <source>Join a network</source>
        <translation>네트워크 가입</translation>
    </message>
    <message>
        <source>Type the secretariat&apos;s key fingerprint as the secretariat read it to you. The bundle is applied only if its key matches.</source>
        <translation>사무국이 읽어 준 사무국 키 지문을 입력하십시오. 묶음의 키가 일치할 때만 적용합니다.</translation>
    </message>
    <message>
        <source>Secretariat&apos;s key fingerprint</source>
        <translation>사무국 키 지문</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>가입</translation>
    </message>
</context>
<context>
    <name>oneteam::MainWindow</name>
    <message>
        <source>OneTeam: National AI Strategy Committee</source>
        <translation>OneTeam: 국가인공지능전략위원회</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About OneTeam</source>
        <translation>OneTeam 정보(&amp;A)</translation>
    </message>
    <message>
        <source>No vault open</source>
        <translation>열린 금고 없음</translation>
    </message>
    <message>
        <source>Vault: %1 · Role: %2</source>
        <translation>금고: %1 · 역할: %2</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>새 금고(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>금고 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>V&amp;ault</source>
        <translation>금고(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>지금 잠그기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>암호 문구 변경(&amp;C)…</translation>
    </message>
    <message>
        <source>Create a &amp;recovery key…</source>
        <translation>복구 키 만들기(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove the recovery key</source>
        <translation>복구 키 제거</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>사용하지 않을 때 잠그기</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>잠그지 않음</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s)</source>
        <translation>
            <numerusform>%n분 후</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>잠금 해제…</translation>
    </message>
    <message>
        <source>The vault %1 is locked. Nothing of its records is shown until it is unlocked.</source>
        <translation>금고 %1이(가) 잠겨 있습니다. 잠금을 해제할 때까지 레코드는 표시되지 않습니다.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>잠김</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>금고 열기</translation>
    </message>
    <message>
        <source>OneTeam vaults (*.otvault)</source>
        <translation>OneTeam 금고 (*.otvault)</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>암호 문구를 바꿨습니다.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>복구 키</translation>
    </message>
    <message>
        <source>This vault has a recovery key. A new one replaces it; the old one stops working.</source>
        <translation>이 금고에는 복구 키가 있습니다. 새 키가 이를 대신하며 이전 키는 쓸 수 없게 됩니다.</translation>
    </message>
    <message>
        <source>Remove the recovery key? Only the passphrase will open the vault.</source>
        <translation>복구 키를 제거할까요? 이후에는 암호 문구로만 금고를 열 수 있습니다.</translation>
    </message>
    <message>
        <source>OneTeam</source>
        <translation>OneTeam</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>실행 취소(&amp;U): %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>다시 실행(&amp;R): %1</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>새 레코드(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save record</source>
        <translation>레코드 저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete record</source>
        <translation>레코드 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 금고 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close vault</source>
        <translation>금고 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>이전 화면(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>다음 화면(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>바로 가기 키(&amp;K)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>화면 목록</translation>
    </message>
    <message>
        <source>National AI Strategy Committee secretariat (sample)</source>
        <translation>국가인공지능전략위원회 사무국(예시)</translation>
    </message>
    <message>
        <source>The sample dataset could not be loaded: %1</source>
        <translation>예시 데이터를 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The sample vault is open. Its passphrase is &quot;%1&quot;.</source>
        <translation>예시 금고를 열었습니다. 암호 문구는 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>No vault opened yet</source>
        <translation>아직 연 금고가 없습니다</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>환경 설정을 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>oneteam::NewPassphraseFields</name>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Caps Lock이 켜져 있는 것 같습니다.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>새 암호 문구</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>암호 문구 다시 입력</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>암호 문구:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>다시 입력:</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>암호 문구를 정하세요.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>두 암호 문구가 다릅니다.</translation>
    </message>
</context>
<context>
    <name>oneteam::PlaceholderPage</name>
    <message>
        <source>Not available yet.</source>
        <translation>아직 제공되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>oneteam::RecordEditor</name>
    <message>
        <source>This record was deleted.</source>
        <translation>이 레코드는 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Read only: this vault&apos;s role (%1) changes nothing.</source>
        <translation>읽기 전용: 이 금고의 역할(%1)은 아무것도 변경하지 않습니다.</translation>
    </message>
    <message>
        <source>Read only: this vault&apos;s role (%1) does not change this record.</source>
        <translation>읽기 전용: 이 금고의 역할(%1)로는 이 레코드를 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation>저장하지 못했습니다: 표시된 항목을 고쳐 주세요.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>삭제하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>This record was deleted; Undo (Ctrl+Z) brings it back.</source>
        <translation>이 레코드는 삭제되었습니다. 실행 취소(Ctrl+Z)로 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 (more than %2)</source>
        <translation>%1 (%2개 초과)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No linked records.</source>
        <translation>연결된 레코드가 없습니다.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>새 %1</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>예시</translation>
    </message>
    <message>
        <source>Illustrative record: the facts are silent here (marked &apos;sample&apos;).</source>
        <translation>예시 레코드: 사실 자료에 없는 내용입니다(&apos;sample&apos; 표시).</translation>
    </message>
    <message>
        <source>Choose a record in the list, or create one with New (Ctrl+N).</source>
        <translation>목록에서 레코드를 고르거나 새로 만드세요(Ctrl+N).</translation>
    </message>
    <message>
        <source>Open or unlock a vault to see its records.</source>
        <translation>금고를 열거나 잠금을 해제하면 레코드가 보입니다.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Save the record (Ctrl+S)</source>
        <translation>레코드 저장 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>연결된 레코드</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Every change to this record, from the audit log</source>
        <translation>감사 로그에 기록된 이 레코드의 모든 변경</translation>
    </message>
    <message>
        <source>Fields of the record</source>
        <translation>레코드 항목</translation>
    </message>
    <message>
        <source>This record also holds fields from a newer version of OneTeam (%1). This version cannot show them; saving keeps them as they are.</source>
        <translation>이 기록에는 OneTeam 새 버전에서 쓴 필드(%1)도 있습니다. 이 버전에서는 표시할 수 없으며, 저장해도 그대로 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>oneteam::RecordListPage</name>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Open or unlock a vault to see its records.</source>
        <translation>금고를 열거나 잠금을 해제하면 레코드가 보입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>레코드 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경</translation>
    </message>
    <message>
        <source>The record you are editing has unsaved changes. Save them before moving on?</source>
        <translation>편집 중인 레코드에 저장하지 않은 변경이 있습니다. 넘어가기 전에 저장할까요?</translation>
    </message>
    <message>
        <source>Search: type to filter (Ctrl+F)</source>
        <translation>검색: 입력하면 바로 걸러집니다 (Ctrl+F)</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>새 %1</translation>
    </message>
    <message>
        <source>Create a record (Ctrl+N)</source>
        <translation>레코드 만들기 (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <source>%n or more records; scroll for the rest</source>
        <translation>
            <numerusform>레코드 %n건 이상, 나머지는 스크롤하면 나타납니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ministry(s) without an active CAIO: %1</source>
        <translation>
            <numerusform>현직 CAIO가 없는 부처 %n곳: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oneteam::RecoveryKeyDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>복구 키</translation>
    </message>
    <message>
        <source>Write this key down and keep it apart from the computer. It opens the vault if the passphrase is lost. It is shown only now.</source>
        <translation>이 키를 적어 두고 컴퓨터와 떨어진 곳에 보관하세요. 암호 문구를 잊었을 때 금고를 열 수 있습니다. 이 키는 지금 한 번만 표시됩니다.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
</context>
<context>
    <name>oneteam::ReportHeadDialog</name>
    <message>
        <source>Check a printed report</source>
        <translation>인쇄된 보고서 확인</translation>
    </message>
    <message>
        <source>Type the audit chain head and the site as the report&apos;s title page prints them, or paste the check command printed below them.</source>
        <translation>보고서 표지에 적힌 대로 감사 체인 헤드와 사이트를 입력하거나, 그 아래 적힌 확인 명령을 통째로 붙여 넣으십시오.</translation>
    </message>
    <message>
        <source>e.g. 68:2c7e11c701b6f959…</source>
        <translation>예: 68:2c7e11c701b6f959…</translation>
    </message>
    <message>
        <source>Not known: look in every site&apos;s log</source>
        <translation>모름: 모든 사이트의 로그에서 찾기</translation>
    </message>
    <message>
        <source>Audit chain &amp;head:</source>
        <translation>감사 체인 헤드(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>사이트(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>확인(&amp;C)</translation>
    </message>
    <message>
        <source>Not a head yet: the entry number and at least 16 hex digits of the chain value, e.g. 68:2c7e11c701b6f959.</source>
        <translation>아직 헤드가 아닙니다: 항목 번호와 체인 값의 16진수 16자리 이상. 예: 68:2c7e11c701b6f959</translation>
    </message>
</context>
<context>
    <name>oneteam::ReportsPage</name>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>금고가 잠겨 있습니다. 먼저 잠금을 해제하세요.</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>차트: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n행</numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>인쇄 미리 보기: %1</translation>
    </message>
    <message>
        <source>Folder for the CSV files (one per table)</source>
        <translation>CSV 파일을 둘 폴더(표마다 파일 하나)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 내보내는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1을(를) %2에 저장했습니다.</translation>
    </message>
    <message>
        <source>Saved %1 as %2 CSV files in %3.</source>
        <translation>%1을(를) CSV 파일 %2개로 %3에 저장했습니다.</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>보고서(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Print &amp;preview…</source>
        <translation>인쇄 미리 보기(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>What the report holds</source>
        <translation>보고서에 담기는 내용</translation>
    </message>
    <message>
        <source>Section and table</source>
        <translation>부분과 표</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행 수</translation>
    </message>
    <message>
        <source>Contents of the report</source>
        <translation>보고서 구성</translation>
    </message>
</context>
<context>
    <name>oneteam::SettingsDialog</name>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>선택: %1</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>잠그지 않음</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s)</source>
        <translation>
            <numerusform>%n분 후</numerusform>
        </translation>
    </message>
    <message>
        <source>The last vault opened</source>
        <translation>마지막으로 연 금고</translation>
    </message>
    <message>
        <source>Standard (about 0.5 s to unlock)</source>
        <translation>표준(잠금 해제에 약 0.5초)</translation>
    </message>
    <message>
        <source>Strong (about 1 s)</source>
        <translation>강함(약 1초)</translation>
    </message>
    <message>
        <source>Maximum (about 2 s)</source>
        <translation>최대(약 2초)</translation>
    </message>
    <message>
        <source>How long this computer works to turn a passphrase into the key of a new vault. Longer makes guessing the passphrase slower for anyone holding a copy of the file. Existing vaults keep theirs until their passphrase is changed.</source>
        <translation>이 컴퓨터가 암호 문구를 새 금고의 키로 바꾸는 데 들이는 시간입니다. 길수록 파일 사본을 가진 사람이 암호 문구를 추측하기 어려워집니다. 기존 금고는 암호 문구를 바꿀 때까지 기존 설정을 유지합니다.</translation>
    </message>
    <message>
        <source>The interface&apos;s language</source>
        <translation>화면 언어와 같게</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>화면</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <source>Vaults and security</source>
        <translation>금고와 보안</translation>
    </message>
    <message>
        <source>Lock when &amp;idle:</source>
        <translation>사용하지 않을 때 잠그기(&amp;I):</translation>
    </message>
    <message>
        <source>Vault opened at start</source>
        <translation>시작할 때 여는 금고</translation>
    </message>
    <message>
        <source>&amp;Vault opened at start:</source>
        <translation>시작할 때 여는 금고(&amp;V):</translation>
    </message>
    <message>
        <source>OneTeam vaults (*.otvault)</source>
        <translation>OneTeam 금고 (*.otvault)</translation>
    </message>
    <message>
        <source>&amp;Key derivation for new vaults:</source>
        <translation>새 금고의 키 유도 강도(&amp;K):</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>Report la&amp;nguage:</source>
        <translation>보고서 언어(&amp;N):</translation>
    </message>
    <message>
        <source>Report &amp;format:</source>
        <translation>보고서 형식(&amp;F):</translation>
    </message>
    <message>
        <source>Folder for exported reports</source>
        <translation>보고서를 내보낼 폴더</translation>
    </message>
    <message>
        <source>Folder for e&amp;xported reports:</source>
        <translation>보고서를 내보낼 폴더(&amp;X):</translation>
    </message>
</context>
<context>
    <name>oneteam::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>바로 가기 키</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>모든 화면</translation>
    </message>
    <message>
        <source>Next control</source>
        <translation>다음 입력 요소</translation>
    </message>
    <message>
        <source>Previous control</source>
        <translation>이전 입력 요소</translation>
    </message>
    <message>
        <source>Open the menus</source>
        <translation>메뉴 열기</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>저장하지 않고 대화 상자 닫기</translation>
    </message>
    <message>
        <source>Press the underlined letter of a button or label</source>
        <translation>단추나 이름표의 밑줄 친 글자 누르기</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+글자</translation>
    </message>
    <message>
        <source>Every command below is also in the menus; the keys work on any page where the command applies.</source>
        <translation>아래 명령은 모두 메뉴에도 있습니다. 명령을 쓸 수 있는 화면이면 어디서나 키가 작동합니다.</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>선택한 행 열기</translation>
    </message>
</context>
<context>
    <name>oneteam::SyncPage</name>
    <message>
        <source>Save this site&apos;s card</source>
        <translation>이 사이트의 카드 저장</translation>
    </message>
    <message>
        <source>Site cards (*.otcard)</source>
        <translation>사이트 카드 (*.otcard)</translation>
    </message>
    <message>
        <source>Trust a site card</source>
        <translation>사이트 카드 신뢰</translation>
    </message>
    <message>
        <source>Site cards (*.otcard *.card);;All files (*)</source>
        <translation>사이트 카드 (*.otcard *.card);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>묶음 가져오기</translation>
    </message>
    <message>
        <source>Bundles (*.otbundle);;All files (*)</source>
        <translation>묶음 (*.otbundle);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Write the bundle</source>
        <translation>묶음 쓰기</translation>
    </message>
    <message>
        <source>Bundles (*.otbundle)</source>
        <translation>묶음 (*.otbundle)</translation>
    </message>
    <message>
        <source>The secretariat&apos;s first bundle</source>
        <translation>사무국의 첫 묶음</translation>
    </message>
    <message>
        <source>Open a vault to see its site.</source>
        <translation>금고를 열면 사이트 정보가 보입니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;Site id %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;사이트 ID %3</translation>
    </message>
    <message>
        <source>This site&apos;s key fingerprint: read it out when another office checks your card.</source>
        <translation>이 사이트의 키 지문: 다른 기관이 카드를 확인할 때 읽어 주십시오.</translation>
    </message>
    <message>
        <source>This vault is the root of its network: it trusts the other sites&apos; cards and gives them their roles.&lt;ol&gt;&lt;li&gt;Each office saves its site card and gives it to you.&lt;/li&gt;&lt;li&gt;Read its fingerprint together by phone, then trust the card (Sites tab).&lt;/li&gt;&lt;li&gt;Export a bundle to the new site and read this vault&apos;s fingerprint to it: it joins with both.&lt;/li&gt;&lt;li&gt;From then on, import what offices send and export what they lack. Bundles to one office may carry others&apos; changes: the secretariat relays.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>이 금고는 네트워크의 뿌리입니다. 다른 사이트의 카드를 신뢰하고 역할을 정합니다.&lt;ol&gt;&lt;li&gt;각 기관이 사이트 카드를 저장해 전달합니다.&lt;/li&gt;&lt;li&gt;전화로 함께 지문을 읽어 확인한 뒤 카드를 신뢰합니다(사이트 탭).&lt;/li&gt;&lt;li&gt;새 사이트에 묶음을 내보내고 이 금고의 지문을 읽어 줍니다. 그 사이트는 둘로 가입합니다.&lt;/li&gt;&lt;li&gt;그다음부터는 기관이 보낸 묶음을 가져오고, 없는 변경을 내보냅니다. 한 기관에 보내는 묶음에 다른 기관의 변경도 담길 수 있습니다. 사무국이 중계합니다.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>This vault has not joined a network yet.&lt;ol&gt;&lt;li&gt;Save this site&apos;s card and give it to the secretariat, with the fingerprint above.&lt;/li&gt;&lt;li&gt;When the secretariat sends its first bundle, join the network with it and the secretariat&apos;s fingerprint.&lt;/li&gt;&lt;li&gt;Then export bundles for the secretariat and import what it sends.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>이 금고는 아직 네트워크에 가입하지 않았습니다.&lt;ol&gt;&lt;li&gt;이 사이트의 카드를 저장해 위의 지문과 함께 사무국에 전달합니다.&lt;/li&gt;&lt;li&gt;사무국이 첫 묶음을 보내면 그 묶음과 사무국의 지문으로 네트워크에 가입합니다.&lt;/li&gt;&lt;li&gt;그다음부터 사무국에 묶음을 내보내고 사무국이 보낸 묶음을 가져옵니다.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Network of %1 (key fingerprint %2).</source>
        <translation>%1의 네트워크 (키 지문 %2).</translation>
    </message>
    <message>
        <source>this site</source>
        <translation>이 사이트</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>신뢰함</translation>
    </message>
    <message>
        <source>no longer trusted</source>
        <translation>신뢰 철회됨</translation>
    </message>
    <message>
        <source>root</source>
        <translation>뿌리</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>deleted by %1, %2</source>
        <translation>%1이(가) 삭제, %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Edited while deleted elsewhere</source>
        <translation>다른 곳에서 삭제되는 동안 편집됨</translation>
    </message>
    <message>
        <source>Edited at two sites</source>
        <translation>두 사이트에서 편집됨</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>충돌 (%1)</translation>
    </message>
    <message>
        <source>sent to</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>received from</source>
        <translation>받음</translation>
    </message>
    <message>
        <source>The card could not be written to %1: %2</source>
        <translation>카드를 %1에 쓰지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Saved this site&apos;s card to %1. Give it to the secretariat, with the fingerprint %2.</source>
        <translation>이 사이트의 카드를 %1에 저장했습니다. 지문 %2와 함께 사무국에 전달하십시오.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Trusted %1 as %2. Send it a bundle so that it can join.</source>
        <translation>%1을(를) %2(으)로 신뢰했습니다. 가입할 수 있도록 묶음을 보내십시오.</translation>
    </message>
    <message>
        <source>Unknown record type %1.</source>
        <translation>알 수 없는 레코드 유형 %1.</translation>
    </message>
    <message>
        <source>Settled. The next bundle carries the settlement to the other sites.</source>
        <translation>정리했습니다. 다음 묶음이 정리 내용을 다른 사이트에 전합니다.</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>묶음 가져오기…</translation>
    </message>
    <message>
        <source>Verify a bundle, see what it will change and from whom, then apply it</source>
        <translation>묶음을 검증하고, 누가 무엇을 바꾸는지 확인한 뒤 적용합니다</translation>
    </message>
    <message>
        <source>Export a bundle…</source>
        <translation>묶음 내보내기…</translation>
    </message>
    <message>
        <source>Write the changes chosen sites lack into a signed, encrypted file</source>
        <translation>고른 사이트에 없는 변경을 서명·암호화된 파일로 씁니다</translation>
    </message>
    <message>
        <source>Save this site&apos;s card…</source>
        <translation>이 사이트의 카드 저장…</translation>
    </message>
    <message>
        <source>Join a network…</source>
        <translation>네트워크 가입…</translation>
    </message>
    <message>
        <source>Trust a site card…</source>
        <translation>사이트 카드 신뢰…</translation>
    </message>
    <message>
        <source>Keep the value shown</source>
        <translation>표시된 값 유지</translation>
    </message>
    <message>
        <source>Keep the other value</source>
        <translation>다른 값 유지</translation>
    </message>
    <message>
        <source>Restore with the edits</source>
        <translation>편집 내용과 함께 복원</translation>
    </message>
    <message>
        <source>Keep deleted</source>
        <translation>삭제 유지</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>레코드 열기</translation>
    </message>
    <message>
        <source>Two sites changed the same field without seeing each other&apos;s change, or one deleted a record another was editing. Every site shows the same value until someone settles it; nothing is lost meanwhile.</source>
        <translation>두 사이트가 서로의 변경을 보지 못한 채 같은 필드를 바꾸었거나, 한 사이트가 다른 사이트에서 편집 중인 레코드를 삭제했습니다. 누군가 정리할 때까지 모든 사이트가 같은 값을 보여 주며, 그동안 잃는 것은 없습니다.</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>이 사이트</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>사이트</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>사이트</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>신뢰</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>마지막으로 받은 묶음</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>키 지문</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>사이트 ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>레코드</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Shown everywhere</source>
        <translation>모든 곳에 표시된 값</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>다른 값</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>변경</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>New conflicts</source>
        <translation>새 충돌</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>보내고 받은 묶음</translation>
    </message>
    <message>
        <source>Stop trusting a site</source>
        <translation>사이트 신뢰 철회</translation>
    </message>
    <message>
        <source>Stop trusting %1? Its bundles will be refused, and the next bundles tell every office.</source>
        <translation>%1에 대한 신뢰를 철회하시겠습니까? 그 사이트의 묶음은 거부되며, 다음 묶음들이 모든 기관에 알립니다.</translation>
    </message>
    <message>
        <source>The site is no longer trusted; the next bundles tell every office.</source>
        <translation>사이트에 대한 신뢰를 철회했습니다. 다음 묶음들이 모든 기관에 알립니다.</translation>
    </message>
    <message>
        <source>Stop trusting…</source>
        <translation>신뢰 철회…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln change(s) for %1 to %2.</source>
        <translation>
            <numerusform>%1 앞으로 변경 %Ln건을 %2에 썼습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 from %2: %Ln change(s) applied, %3 refused.</source>
        <translation>
            <numerusform>%2이(가) 보낸 %1을(를) 가져왔습니다: 적용 %Ln건, 거부 %3건.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new conflict(s) to review.</source>
        <translation>
            <numerusform>검토할 새 충돌 %Ln건.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Joined the network of %1: %Ln change(s) applied.</source>
        <translation>
            <numerusform>%1의 네트워크에 가입했습니다: 변경 %Ln건 적용.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) to record types only a newer version knows are kept until this site is upgraded.</source>
        <translation>
            <numerusform>새 버전만 아는 레코드 유형의 변경 %Ln건은 이 사이트를 업그레이드할 때까지 보관됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln kept for a newer version)</source>
        <translation>
            <numerusform>%1 (새 버전을 위해 %Ln건 보관)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oneteam::Theme</name>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
</context>
<context>
    <name>oneteam::TrustCardDialog</name>
    <message>
        <source>Trust a site</source>
        <translation>사이트 신뢰</translation>
    </message>
    <message>
        <source>Trust this site only after you have read its key fingerprint out with someone at that site, by phone or in person.</source>
        <translation>그 사이트의 담당자와 전화나 대면으로 키 지문을 함께 읽어 확인한 뒤에만 신뢰하십시오.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Site id</source>
        <translation>사이트 ID</translation>
    </message>
    <message>
        <source>Asks to be</source>
        <translation>요청한 역할</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>키 지문</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>I checked the fingerprint with the site</source>
        <translation>그 사이트와 지문을 확인했습니다</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>신뢰</translation>
    </message>
</context>
<context>
    <name>oneteam::UnlockDialog</name>
    <message>
        <source>Use the recovery key instead</source>
        <translation>대신 복구 키 사용</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Caps Lock이 켜져 있는 것 같습니다.</translation>
    </message>
    <message>
        <source>Unlock vault</source>
        <translation>금고 잠금 해제</translation>
    </message>
    <message>
        <source>Enter the passphrase of %1.</source>
        <translation>%1의 암호 문구를 입력하세요.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>암호 문구</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>복구 키</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>암호 문구:</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>복구 키:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <source>Confirm it is you</source>
        <translation>본인 확인</translation>
    </message>
    <message>
        <source>The keys of %1 are about to change. Enter its current passphrase first, so nobody else at this unlocked window can do it.</source>
        <translation>%1의 키를 바꾸려고 합니다. 잠금이 풀린 이 창에서 다른 사람이 바꾸지 못하도록 먼저 현재 암호 문구를 입력하십시오.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>%n초 뒤에 다시 시도할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the recovery key…</source>
        <translation>복구 키를 확인하는 중…</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>암호 문구를 확인하는 중…</translation>
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
        <translation>%1 — %2 (없음)</translation>
    </message>
    <message>
        <source>Welcome to OneTeam</source>
        <translation>OneTeam에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>OneTeam keeps the committee&apos;s resolutions, follow-up actions, CAIOs, task forces, budget lines and indicators in an encrypted vault on this computer, and carries changes between offices as signed, encrypted bundle files. Choose how to begin.</source>
        <translation>OneTeam은 위원회의 의결사항, 후속 조치, 최고AI책임관(CAIO), 전담반, 예산 항목과 지표를 이 컴퓨터의 암호화된 금고에 보관하고, 기관 사이의 변경 내용을 서명·암호화된 묶음 파일로 주고받습니다. 시작할 방법을 고르십시오.</translation>
    </message>
    <message>
        <source>&amp;Create a vault…</source>
        <translation>금고 만들기(&amp;C)…</translation>
    </message>
    <message>
        <source>For this office: the secretariat, a ministry (its CAIO&apos;s staff) or an auditor. You choose the role and a passphrase.</source>
        <translation>이 기관용: 사무국, 부처(최고AI책임관 실무진) 또는 감사자. 역할과 암호 문구를 정합니다.</translation>
    </message>
    <message>
        <source>Open the &amp;sample vault</source>
        <translation>예시 금고 열기(&amp;S)</translation>
    </message>
    <message>
        <source>A vault filled with the committee&apos;s published figures (the 10.1 trillion won AI budget, the 19 ministries, the GPU targets), to look around without risk. Its passphrase is &quot;oneteam sample vault&quot;.</source>
        <translation>위원회가 공개한 수치(10조 1000억 원 AI 예산, 19개 부처, GPU 목표)를 담은 금고로, 부담 없이 둘러볼 수 있습니다. 암호 문구는 &quot;oneteam sample vault&quot;입니다.</translation>
    </message>
    <message>
        <source>&amp;Join a network…</source>
        <translation>네트워크 가입(&amp;J)…</translation>
    </message>
    <message>
        <source>Create this office&apos;s vault, then read the first bundle the secretariat sent you and check its key fingerprint as they told it to you.</source>
        <translation>이 기관의 금고를 만든 뒤, 사무국이 보낸 첫 묶음을 읽고 사무국이 알려 준 키 지문과 같은지 확인합니다.</translation>
    </message>
    <message>
        <source>&amp;Open a vault file…</source>
        <translation>금고 파일 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>A vault made before, on this computer or copied from another.</source>
        <translation>이 컴퓨터에서 만들었거나 다른 컴퓨터에서 복사해 온 금고.</translation>
    </message>
    <message>
        <source>&amp;Recent vaults</source>
        <translation>최근 금고(&amp;R)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>목록에서 빼기</translation>
    </message>
    <message>
        <source>The vault file itself is not deleted.</source>
        <translation>금고 파일 자체는 지워지지 않습니다.</translation>
    </message>
</context>
</TS>
