<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
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
        <source>create or update a record from JSON on stdin</source>
        <translation>표준 입력의 JSON으로 레코드를 만들거나 고칩니다</translation>
    </message>
    <message>
        <source>delete a record</source>
        <translation>레코드를 삭제합니다</translation>
    </message>
    <message>
        <source>change the vault's passphrase</source>
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
        <source>export this site's public card</source>
        <translation>이 사이트의 공개 카드를 내보냅니다</translation>
    </message>
    <message>
        <source>trust another site's card with a role</source>
        <translation>다른 사이트의 카드를 역할과 함께 신뢰합니다</translation>
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
        <source>Run 'oneteam-cli --help' for the list of commands.</source>
        <translation>명령 목록은 'oneteam-cli --help'로 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>'%1' is not available yet.</source>
        <translation>'%1' 명령은 아직 제공되지 않습니다.</translation>
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
        <source>The dashboards arrive once the records they summarise can be entered.</source>
        <translation>요약할 레코드를 입력할 수 있게 되면 대시보드가 제공됩니다.</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>결의</translation>
    </message>
    <message>
        <source>The committee's resolutions: number, title, adoption date, policy keyword, status, lead and cooperating ministries, linked budget lines.</source>
        <translation>위원회 의결 안건: 번호, 제목, 의결일, 정책 키워드, 상태, 주관·협조 부처, 연계 예산 사업.</translation>
    </message>
    <message>
        <source>Resolutions can be recorded once the governance records are in place.</source>
        <translation>거버넌스 레코드가 갖춰지면 의결 안건을 기록할 수 있습니다.</translation>
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
        <source>Actions can be tracked once the governance records are in place.</source>
        <translation>거버넌스 레코드가 갖춰지면 후속 조치를 추적할 수 있습니다.</translation>
    </message>
    <message>
        <source>CAIOs</source>
        <translation>CAIO</translation>
    </message>
    <message>
        <source>The roster of each ministry's Chief AI Officer: rank, appointment, term and status. Ministries without an active CAIO stand out.</source>
        <translation>부처별 최고AI책임관(CAIO) 명단: 직급, 임명일, 임기, 상태. CAIO가 없는 부처는 눈에 띄게 표시됩니다.</translation>
    </message>
    <message>
        <source>The CAIO roster can be kept once the governance records are in place.</source>
        <translation>거버넌스 레코드가 갖춰지면 CAIO 명단을 관리할 수 있습니다.</translation>
    </message>
    <message>
        <source>Task forces</source>
        <translation>전담반</translation>
    </message>
    <message>
        <source>The committee's task forces (education, security, regions), their mandates, members and deliverables.</source>
        <translation>위원회 전담반(교육, 보안, 지역)의 임무, 구성원, 산출물.</translation>
    </message>
    <message>
        <source>Task forces can be recorded once the governance records are in place.</source>
        <translation>거버넌스 레코드가 갖춰지면 전담반을 기록할 수 있습니다.</translation>
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
        <source>Budget lines can be kept once the governance records are in place.</source>
        <translation>거버넌스 레코드가 갖춰지면 예산 사업을 관리할 수 있습니다.</translation>
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
        <source>Indicators can be tracked once the governance records are in place.</source>
        <translation>거버넌스 레코드가 갖춰지면 지표를 추적할 수 있습니다.</translation>
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
        <source>Partnerships can be recorded once the governance records are in place.</source>
        <translation>거버넌스 레코드가 갖춰지면 협력을 기록할 수 있습니다.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>동기화</translation>
    </message>
    <message>
        <source>Exchange signed, encrypted bundle files with the other offices: this site's card, trusted sites, bundles sent and received, conflicts to review.</source>
        <translation>다른 기관과 서명·암호화된 묶음 파일을 주고받습니다: 이 사이트의 카드, 신뢰하는 사이트, 보내고 받은 묶음, 검토할 충돌.</translation>
    </message>
    <message>
        <source>Bundles can be exchanged once sites and the change log are in place.</source>
        <translation>사이트와 변경 기록이 갖춰지면 묶음을 주고받을 수 있습니다.</translation>
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
        <source>The audit trail can be reviewed once the hash-chained log is in place.</source>
        <translation>해시 체인 로그가 갖춰지면 감사 기록을 검토할 수 있습니다.</translation>
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
        <source>Reports can be exported once there are records to report on.</source>
        <translation>보고할 레코드가 생기면 보고서를 내보낼 수 있습니다.</translation>
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
        <source>Unknown language '%1'; use ko or en.</source>
        <translation>알 수 없는 언어 '%1'입니다. ko 또는 en을 쓰세요.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page snapshot(s) to %1.</source>
        <translation><numerusform>화면 %n개를 %1에 저장했습니다.</numerusform></translation>
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
</context>
<context>
    <name>oneteam::PlaceholderPage</name>
    <message>
        <source>Not available yet.</source>
        <translation>아직 제공되지 않습니다.</translation>
    </message>
</context>
</TS>
