<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mediation Desk</source>
        <translation>About Mediation Desk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source> (standalone build)</source>
        <translation> (standalone build)</translation>
    </message>
    <message>
        <source>Qt %1 · PySide6 %2 · Python %3</source>
        <translation>Qt %1 · PySide6 %2 · Python %3</translation>
    </message>
    <message>
        <source>Case tracker for people's mediation committees.</source>
        <translation>Case tracker for people's mediation committees.</translation>
    </message>
</context>
<context>
    <name>AddPartyDialog</name>
    <message>
        <source>Add party</source>
        <translation>Add party</translation>
    </message>
    <message>
        <source>18-character resident ID (optional)</source>
        <translation>18-character resident ID (optional)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Written scope of authority (agents)</source>
        <translation>Written scope of authority (agents)</translation>
    </message>
    <message>
        <source>Consents to mediation</source>
        <translation>Consents to mediation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Guardian of / agent for</source>
        <translation>Guardian of / agent for</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Enter the name.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> hours</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>People's / lawyer mediation period</source>
        <translation>People's / lawyer mediation period</translation>
    </message>
    <message>
        <source>Public-security mediation period</source>
        <translation>Public-security mediation period</translation>
    </message>
    <message>
        <source>Public-security mediation: at most</source>
        <translation>Public-security mediation: at most</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> sessions</translation>
    </message>
    <message>
        <source>Decide on acceptance within</source>
        <translation>Decide on acceptance within</translation>
    </message>
    <message>
        <source>Judicial confirmation window</source>
        <translation>Judicial confirmation window</translation>
    </message>
    <message>
        <source>Follow-up after a performance deadline</source>
        <translation>Follow-up after a performance deadline</translation>
    </message>
    <message>
        <source>48-hour fast track</source>
        <translation>48-hour fast track</translation>
    </message>
    <message>
        <source>First contact (response rate) within</source>
        <translation>First contact (response rate) within</translation>
    </message>
    <message>
        <source>12345 ticket: reply due within</source>
        <translation>12345 ticket: reply due within</translation>
    </message>
    <message>
        <source>Dashboard: due soon within</source>
        <translation>Dashboard: due soon within</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <translation>Largest amount</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>Highest lawyer-mediation fee</source>
        <translation>Highest lawyer-mediation fee</translation>
    </message>
    <message>
        <source>Juvenile: under</source>
        <translation>Juvenile: under</translation>
    </message>
    <message>
        <source>Public security: guardian must attend under</source>
        <translation>Public security: guardian must attend under</translation>
    </message>
    <message>
        <source>Sensitive data: under</source>
        <translation>Sensitive data: under</translation>
    </message>
    <message>
        <source>Restart case numbers every January</source>
        <translation>Restart case numbers every January</translation>
    </message>
</context>
<context>
    <name>AdminSettingsPage</name>
    <message>
        <source>Only the administrator can change these settings.</source>
        <extracomment>Only administrators change settings (the services refuse anyone else); others may read them.</extracomment>
        <translation>Only the administrator can change these settings.</translation>
    </message>
    <message>
        <source>Save limits</source>
        <extracomment>the versions read of the limits, the organisation and the type codes (stale saves refused)</extracomment>
        <translation>Save limits</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>Code in case numbers (e.g. 京朝)</source>
        <translation>Code in case numbers (e.g. 京朝)</translation>
    </message>
    <message>
        <source>Number type code: {track}</source>
        <translation>Number type code: {track}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>Dispute categories</source>
        <translation>Dispute categories</translation>
    </message>
    <message>
        <source>Organisation and numbers</source>
        <translation>Organisation and numbers</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <source>Statistics definitions</source>
        <translation>Statistics definitions</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Disputed issues</source>
        <translation>Disputed issues</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <source>Agreed terms</source>
        <translation>Agreed terms</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>e.g. cash, bank transfer</source>
        <translation>e.g. cash, bank transfer</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Obligations</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the agreement (Ctrl+S)</source>
        <translation>Save the agreement (Ctrl+S)</translation>
    </message>
    <message>
        <source>Print for signing</source>
        <translation>Print for signing</translation>
    </message>
    <message>
        <source>Print the agreement as PDF for the parties to sign</source>
        <translation>Print the agreement as PDF for the parties to sign</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <source>No agreement yet: write it and save.</source>
        <translation>No agreement yet: write it and save.</translation>
    </message>
    <message>
        <source>{number} · version {version} · {state}</source>
        <translation>{number} · version {version} · {state}</translation>
    </message>
    <message numerus="yes">
        <source>Total: {total} in %n instalment(s)</source>
        <translation>
            <numerusform>Total: {total} in %n instalment(s)</numerusform>
            <numerusform>Total: {total} in %n instalment(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>The signed version is kept; the correction becomes version {version}. Why is it corrected?</source>
        <translation>The signed version is kept; the correction becomes version {version}. Why is it corrected?</translation>
    </message>
    <message>
        <source>Write the agreed terms.</source>
        <translation>Write the agreed terms.</translation>
    </message>
    <message>
        <source>Correct the agreement</source>
        <translation>Correct the agreement</translation>
    </message>
    <message>
        <source>Correcting: save to create a new version (a reason is required).</source>
        <translation>Correcting: save to create a new version (a reason is required).</translation>
    </message>
    <message>
        <source>Save the agreement before printing.</source>
        <translation>Save the agreement before printing.</translation>
    </message>
    <message>
        <source>Save the agreement before signing.</source>
        <translation>Save the agreement before signing.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Override reason</source>
        <translation>Override reason</translation>
    </message>
    <message>
        <source>Assign committee members</source>
        <translation>Assign committee members</translation>
    </message>
    <message>
        <source>Search by name, role, organisation or post</source>
        <translation>Search by name, role, organisation or post</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation>Keep {name}</translation>
    </message>
    <message>
        <source>No chief mediator yet — choose one</source>
        <translation>No chief mediator yet — choose one</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <source>Role on the case</source>
        <translation>Role on the case</translation>
    </message>
    <message>
        <source>Chief mediator</source>
        <translation>Chief mediator</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tick one or more members in the list.</source>
        <translation>Tick one or more members in the list.</translation>
    </message>
    <message>
        <source>Make {name} chief mediator</source>
        <translation>Make {name} chief mediator</translation>
    </message>
    <message>
        <source>Tick at least one member in the list.</source>
        <translation>Tick at least one member in the list.</translation>
    </message>
    <message>
        <source>Record why the member may still take part, or untick them.</source>
        <translation>Record why the member may still take part, or untick them.</translation>
    </message>
    <message>
        <source>Choose at least one stage.</source>
        <translation>Choose at least one stage.</translation>
    </message>
    <message>
        <source>Conflict of interest:</source>
        <translation>Conflict of interest:</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>[hidden]</source>
        <translation>[hidden]</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditViewerPage</name>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>Case id</translation>
    </message>
    <message>
        <source>Action, e.g. auth.</source>
        <translation>Action, e.g. auth.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>Verify the chain</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>Audit chain intact: %1 events.</source>
        <translation>Audit chain intact: %1 events.</translation>
    </message>
    <message>
        <source>Audit chain broken at event %1 (%2).</source>
        <translation>Audit chain broken at event %1 (%2).</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backup and restore</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>Backups are kept in %1 (12 daily, 10 weekly, 9 monthly).</source>
        <translation>Backups are kept in %1 (12 daily, 10 weekly, 9 monthly).</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <source>Server mode: the database is backed up on the server (pg_dump).</source>
        <translation>Server mode: the database is backed up on the server (pg_dump).</translation>
    </message>
    <message>
        <source>Automatic backups are paused until the restored data is confirmed.</source>
        <translation>Automatic backups are paused until the restored data is confirmed.</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>on exit</source>
        <translation>on exit</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>damaged (%1)</source>
        <translation>damaged (%1)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Backup written and verified: %1</translation>
    </message>
    <message>
        <source>Replace the current data with the backup made at %1?

The current database is kept aside first. Mediation Desk then starts again; check the data.</source>
        <translation>Replace the current data with the backup made at %1?

The current database is kept aside first. Mediation Desk then starts again; check the data.</translation>
    </message>
    <message>
        <source>The backup was restored. Mediation Desk closes now and starts again on the restored data; confirm it there.</source>
        <translation>The backup was restored. Mediation Desk closes now and starts again on the restored data; confirm it there.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
</context>
<context>
    <name>CalendarSection</name>
    <message>
        <source>Holiday (no work)</source>
        <translation>Holiday (no work)</translation>
    </message>
    <message>
        <source>Working day (e.g. adjusted Saturday)</source>
        <translation>Working day (e.g. adjusted Saturday)</translation>
    </message>
    <message>
        <source>Note, e.g. 国庆节</source>
        <translation>Note, e.g. 国庆节</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>working day</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>holiday</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Official holidays and adjusted working days are known for {span}. Add corrections below.</source>
        <translation>Official holidays and adjusted working days are known for {span}. Add corrections below.</translation>
    </message>
    <message>
        <source>Warning: the official holidays of {year} are not known to this version (known: {span}). Enter this year's holidays and adjusted working days below, or deadlines count only weekends.</source>
        <translation>Warning: the official holidays of {year} are not known to this version (known: {span}). Enter this year's holidays and adjusted working days below, or deadlines count only weekends.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chief mediator</source>
        <translation>Chief mediator</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>48 h</source>
        <translation>48 h</translation>
    </message>
    <message>
        <source>48-hour fast track: {left}</source>
        <translation>48-hour fast track: {left}</translation>
    </message>
    <message>
        <source>{hm} left</source>
        <translation>{hm} left</translation>
    </message>
    <message>
        <source>over {hm}</source>
        <translation>over {hm}</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Track rules</source>
        <translation>Track rules</translation>
    </message>
    <message>
        <source>12345 &amp; report</source>
        <translation>12345 &amp; report</translation>
    </message>
    <message>
        <source>This case could not be opened.</source>
        <translation>This case could not be opened.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Search: name, ID number, phone, case no. or text</source>
        <translation>Search: name, ID number, phone, case no. or text</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 cases</translation>
    </message>
</context>
<context>
    <name>CategoriesSection</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no (hidden for new cases)</source>
        <translation>no (hidden for new cases)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Deactivate / reactivate</source>
        <translation>Deactivate / reactivate</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Rename category</source>
        <translation>Rename category</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Add category</translation>
    </message>
    <message>
        <source>e.g. pets (letters, digits, _)</source>
        <translation>e.g. pets (letters, digits, _)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
</context>
<context>
    <name>ChoicesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message numerus="yes">
        <source>Unpaid: {amount} on %n instalment(s) ({which}).</source>
        <translation>
            <numerusform>Unpaid: {amount} on %n instalment(s) ({which}).</numerusform>
            <numerusform>Unpaid: {amount} on %n instalment(s) ({which}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) not done.</source>
        <translation>
            <numerusform>%n follow-up(s) not done.</numerusform>
            <numerusform>%n follow-up(s) not done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled session(s) never recorded: {when}.</source>
        <translation>
            <numerusform>%n scheduled session(s) never recorded: {when}.</numerusform>
            <numerusform>%n scheduled session(s) never recorded: {when}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The parties may still apply for judicial confirmation until {day}.</source>
        <translation>The parties may still apply for judicial confirmation until {day}.</translation>
    </message>
    <message>
        <source>The 48-hour fast track of the police matter has not reached its trial.</source>
        <translation>The 48-hour fast track of the police matter has not reached its trial.</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <source>Still open on this case — closing stops its deadlines and reminders:</source>
        <translation>Still open on this case — closing stops its deadlines and reminders:</translation>
    </message>
    <message>
        <source>Nothing is left open on this case.</source>
        <translation>Nothing is left open on this case.</translation>
    </message>
    <message>
        <source>Produce the closing report (结案报告表)</source>
        <translation>Produce the closing report (结案报告表)</translation>
    </message>
    <message>
        <source>Closing report</source>
        <translation>Closing report</translation>
    </message>
</context>
<context>
    <name>CommitteeTab</name>
    <message>
        <source>Assign member…</source>
        <translation>Assign member…</translation>
    </message>
    <message>
        <source>Make chief mediator</source>
        <translation>Make chief mediator</translation>
    </message>
    <message>
        <source>Make the selected mediator or lawyer the case's chief mediator</source>
        <translation>Make the selected mediator or lawyer the case's chief mediator</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>Release…</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact details of {name}</source>
        <translation>Contact details of {name}</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
</context>
<context>
    <name>Criminal</name>
    <message>
        <source>Caused by a civil dispute</source>
        <translation>Caused by a civil dispute</translation>
    </message>
    <message>
        <source>Chapter of the Criminal Law (special part)</source>
        <translation>Chapter of the Criminal Law (special part)</translation>
    </message>
    <message>
        <source>Likely sentence (months)</source>
        <translation>Likely sentence (months)</translation>
    </message>
    <message>
        <source>Negligent crime</source>
        <translation>Negligent crime</translation>
    </message>
    <message>
        <source>Intentional crime in the last 5 years</source>
        <translation>Intentional crime in the last 5 years</translation>
    </message>
    <message>
        <source>A specific victim</source>
        <translation>A specific victim</translation>
    </message>
    <message>
        <source>Not known yet: {field}.</source>
        <translation>Not known yet: {field}.</translation>
    </message>
    <message>
        <source>The crime was not caused by a civil dispute.</source>
        <translation>The crime was not caused by a civil dispute.</translation>
    </message>
    <message>
        <source>Chapter {chapter} is outside chapters 4 and 5 (person and property).</source>
        <translation>Chapter {chapter} is outside chapters 4 and 5 (person and property).</translation>
    </message>
    <message>
        <source>A likely sentence of {months} months is above the {maximum} months allowed.</source>
        <translation>A likely sentence of {months} months is above the {maximum} months allowed.</translation>
    </message>
    <message>
        <source>Negligent dereliction of duty (chapter 9) is excluded.</source>
        <translation>Negligent dereliction of duty (chapter 9) is excluded.</translation>
    </message>
    <message>
        <source>The suspect committed an intentional crime in the last 5 years.</source>
        <translation>The suspect committed an intentional crime in the last 5 years.</translation>
    </message>
    <message>
        <source>There is no specific victim.</source>
        <translation>There is no specific victim.</translation>
    </message>
    <message>
        <source>Not prosecuted</source>
        <translation>Not prosecuted</translation>
    </message>
    <message>
        <source>Prosecuted, leniency recommended</source>
        <translation>Prosecuted, leniency recommended</translation>
    </message>
    <message>
        <source>Prosecuted</source>
        <translation>Prosecuted</translation>
    </message>
    <message>
        <source>Returned for further investigation</source>
        <translation>Returned for further investigation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>CriminalSection</name>
    <message>
        <source>Criminal reconciliation</source>
        <translation>Criminal reconciliation</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Save checklist</source>
        <translation>Save checklist</translation>
    </message>
    <message>
        <source>Proceed despite the warnings…</source>
        <translation>Proceed despite the warnings…</translation>
    </message>
    <message>
        <source>Keep compensation amounts confidential (lists, statistics, exports)</source>
        <translation>Keep compensation amounts confidential (lists, statistics, exports)</translation>
    </message>
    <message>
        <source>e.g. lenient treatment recommended</source>
        <translation>e.g. lenient treatment recommended</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Override</translation>
    </message>
    <message>
        <source>Police recommendation</source>
        <translation>Police recommendation</translation>
    </message>
    <message>
        <source>Procuratorate decision</source>
        <translation>Procuratorate decision</translation>
    </message>
    <message>
        <source>None: the case is within the scope of criminal reconciliation.</source>
        <translation>None: the case is within the scope of criminal reconciliation.</translation>
    </message>
    <message>
        <source>Recorded: {reason}</source>
        <translation>Recorded: {reason}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>{decision} on {at}</source>
        <translation>{decision} on {at}</translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation>No decision recorded yet.</translation>
    </message>
    <message>
        <source>Proceed despite the warnings</source>
        <translation>Proceed despite the warnings</translation>
    </message>
    <message>
        <source>Why may this case be reconciled although the checklist warns? The reason is kept on the case and in its history.</source>
        <translation>Why may this case be reconciled although the checklist warns? The reason is kept on the case and in its history.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>48-hour fast track</source>
        <translation>48-hour fast track</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Sessions today</source>
        <translation>Sessions today</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>Sessions this week</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day(s)</numerusform>
            <numerusform>due in %n day(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day(s)</numerusform>
            <numerusform>%n day(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>48-hour clocks</source>
        <translation>48-hour clocks</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Runs out</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Unpaid instalments due</source>
        <translation>Unpaid instalments due</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Payer's phone</source>
        <translation>Payer's phone</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <source>Waiting for acceptance</source>
        <translation>Waiting for acceptance</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day(s)</numerusform>
            <numerusform>Overdue by %n day(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day(s)</numerusform>
            <numerusform>In %n day(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>The 48-hour limit has passed.</source>
        <translation>The 48-hour limit has passed.</translation>
    </message>
    <message numerus="yes">
        <source>Less than %n hour(s) left on the 48-hour clock.</source>
        <translation>
            <numerusform>Less than %n hour(s) left on the 48-hour clock.</numerusform>
            <numerusform>Less than %n hour(s) left on the 48-hour clock.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Stopped (case finished)</source>
        <translation>Stopped (case finished)</translation>
    </message>
    <message>
        <source>Not applied for</source>
        <translation>Not applied for</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record a decision of the linked matter</source>
        <translation>Record a decision of the linked matter</translation>
    </message>
    <message>
        <source>e.g. Chaoyang District People's Procuratorate</source>
        <translation>e.g. Chaoyang District People's Procuratorate</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DirectorySection</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>No longer offered for new assignments; the member's cases keep their records</source>
        <translation>No longer offered for new assignments; the member's cases keep their records</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>New organisation…</translation>
    </message>
    <message>
        <source>Only directors and administrators can change the directory.</source>
        <translation>Only directors and administrators can change the directory.</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>Committee members</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Registration form</source>
        <translation>Registration form</translation>
    </message>
    <message>
        <source>Notice of rights and duties</source>
        <translation>Notice of rights and duties</translation>
    </message>
    <message>
        <source>Mediation record</source>
        <translation>Mediation record</translation>
    </message>
    <message>
        <source>Notice of other routes</source>
        <translation>Notice of other routes</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Follow-up record</source>
        <translation>Follow-up record</translation>
    </message>
    <message>
        <source>Judicial confirmation application</source>
        <translation>Judicial confirmation application</translation>
    </message>
    <message>
        <source>Closing report</source>
        <translation>Closing report</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Print whole dossier…</source>
        <translation>Print whole dossier…</translation>
    </message>
    <message>
        <source>Attach signed scan…</source>
        <translation>Attach signed scan…</translation>
    </message>
    <message>
        <source>Verify agreement…</source>
        <translation>Verify agreement…</translation>
    </message>
    <message>
        <source>No agreement yet.</source>
        <translation>No agreement yet.</translation>
    </message>
    <message>
        <source>Agreement: draft. Print it for signature (Print…), then record the signatures.</source>
        <translation>Agreement: draft. Print it for signature (Print…), then record the signatures.</translation>
    </message>
    <message>
        <source>Agreement: printed for signature. Record who signed and when in the Agreement tab.</source>
        <translation>Agreement: printed for signature. Record who signed and when in the Agreement tab.</translation>
    </message>
    <message>
        <source>Agreement: signed. Attach the scanned signed copy.</source>
        <translation>Agreement: signed. Attach the scanned signed copy.</translation>
    </message>
    <message>
        <source>Agreement: signed, scanned copy attached.</source>
        <translation>Agreement: signed, scanned copy attached.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Generating the dossier…</source>
        <translation>Generating the dossier…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Generating the dossier: document %1 of %2</source>
        <translation>Generating the dossier: document %1 of %2</translation>
    </message>
    <message>
        <source>Attach the signed agreement</source>
        <translation>Attach the signed agreement</translation>
    </message>
    <message>
        <source>Scan (%1)</source>
        <translation>Scan (%1)</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Files attached to this case.</source>
        <translation>Files attached to this case.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{field} has a value of the wrong kind.</source>
        <translation>{field} has a value of the wrong kind.</translation>
    </message>
    <message>
        <source>{field} must be at least {minimum}.</source>
        <translation>{field} must be at least {minimum}.</translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation>Enter the ID number.</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; this one has {length}.</source>
        <translation>An ID number has 18 characters; this one has {length}.</translation>
    </message>
    <message>
        <source>An ID number has 17 digits followed by a digit or X.</source>
        <translation>An ID number has 17 digits followed by a digit or X.</translation>
    </message>
    <message>
        <source>The birth date inside this ID number is impossible.</source>
        <translation>The birth date inside this ID number is impossible.</translation>
    </message>
    <message>
        <source>This ID number is mistyped: the last character should be {expected}.</source>
        <translation>This ID number is mistyped: the last character should be {expected}.</translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation>Enter the phone number.</translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation>This is not a valid phone number.</translation>
    </message>
    <message>
        <source>Enter the unified social credit code.</source>
        <translation>Enter the unified social credit code.</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has {length}.</source>
        <translation>A unified social credit code has 18 characters; this one has {length}.</translation>
    </message>
    <message>
        <source>The credit code contains characters that are not allowed (I, O, S, V, Z).</source>
        <translation>The credit code contains characters that are not allowed (I, O, S, V, Z).</translation>
    </message>
    <message>
        <source>The credit code starts with an unknown registration authority ({authority}).</source>
        <translation>The credit code starts with an unknown registration authority ({authority}).</translation>
    </message>
    <message>
        <source>This credit code is mistyped: the last character should be {expected}.</source>
        <translation>This credit code is mistyped: the last character should be {expected}.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Enter an amount.</translation>
    </message>
    <message>
        <source>This is not an amount of money, e.g. 1200 or 1,200.50.</source>
        <translation>This is not an amount of money, e.g. 1200 or 1,200.50.</translation>
    </message>
    <message>
        <source>The amount must be exact (yuan and fen).</source>
        <translation>The amount must be exact (yuan and fen).</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (fen).</source>
        <translation>An amount has at most two decimals (fen).</translation>
    </message>
    <message>
        <source>The amount is larger than the maximum of {maximum}.</source>
        <translation>The amount is larger than the maximum of {maximum}.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Enter the name.</translation>
    </message>
    <message>
        <source>The name contains control characters or line breaks.</source>
        <translation>The name contains control characters or line breaks.</translation>
    </message>
    <message>
        <source>The name is too long: at most {max} characters, it has {length}.</source>
        <translation>The name is too long: at most {max} characters, it has {length}.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} is required.</translation>
    </message>
    <message>
        <source>{field} contains characters that are not allowed.</source>
        <translation>{field} contains characters that are not allowed.</translation>
    </message>
    <message>
        <source>{field} is too long: at most {max} characters, it has {length}.</source>
        <translation>{field} is too long: at most {max} characters, it has {length}.</translation>
    </message>
    <message>
        <source>The number is not valid.</source>
        <translation>The number is not valid.</translation>
    </message>
    <message>
        <source>The field {field} cannot be changed here.</source>
        <translation>The field {field} cannot be changed here.</translation>
    </message>
    <message>
        <source>A case needs at least {minimum} principal parties (applicant, respondent, victim or suspect); {given} given.</source>
        <translation>A case needs at least {minimum} principal parties (applicant, respondent, victim or suspect); {given} given.</translation>
    </message>
    <message>
        <source>{by} changed this case at {at} while you were editing. Your changes were not saved. Reopen the case to see the latest version, then make your change again.</source>
        <translation>{by} changed this case at {at} while you were editing. Your changes were not saved. Reopen the case to see the latest version, then make your change again.</translation>
    </message>
    <message>
        <source>The case cannot be closed: {outstanding} is still unpaid. Record the payments or mark the agreement as not performed first.</source>
        <translation>The case cannot be closed: {outstanding} is still unpaid. Record the payments or mark the agreement as not performed first.</translation>
    </message>
    <message>
        <source>Record a signed (or oral) agreement before marking the agreement as reached.</source>
        <translation>Record a signed (or oral) agreement before marking the agreement as reached.</translation>
    </message>
    <message>
        <source>{by} changed this {record} at {at} while you were editing. Your changes were not saved. The latest version is shown now; make your change again.</source>
        <translation>{by} changed this {record} at {at} while you were editing. Your changes were not saved. The latest version is shown now; make your change again.</translation>
    </message>
    <message>
        <source>Someone else saved the same record at the same moment, so yours was not saved. Look at what is there now and try again.</source>
        <translation>Someone else saved the same record at the same moment, so yours was not saved. Look at what is there now and try again.</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing. Reopen it and try again.</source>
        <translation>Someone else changed this record while you were editing. Reopen it and try again.</translation>
    </message>
    <message>
        <source>The record no longer exists. It may have been removed by someone else.</source>
        <translation>The record no longer exists. It may have been removed by someone else.</translation>
    </message>
    <message>
        <source>This person's record was not found. Enter the person's details again.</source>
        <translation>This person's record was not found. Enter the person's details again.</translation>
    </message>
    <message>
        <source>Choose the member's role on the committee.</source>
        <translation>Choose the member's role on the committee.</translation>
    </message>
    <message>
        <source>Another person on record already has this ID number.</source>
        <translation>Another person on record already has this ID number.</translation>
    </message>
    <message>
        <source>This person is not a committee member.</source>
        <translation>This person is not a committee member.</translation>
    </message>
    <message>
        <source>This member is no longer available. Choose another member.</source>
        <translation>This member is no longer available. Choose another member.</translation>
    </message>
    <message>
        <source>Choose the kind of organisation.</source>
        <translation>Choose the kind of organisation.</translation>
    </message>
    <message>
        <source>Another organisation already has this credit code.</source>
        <translation>Another organisation already has this credit code.</translation>
    </message>
    <message>
        <source>This database has no organisation yet. Start Mediation Desk once and create the organisation, then try again.</source>
        <translation>This database has no organisation yet. Start Mediation Desk once and create the organisation, then try again.</translation>
    </message>
    <message>
        <source>{name} is already on this case. Choose them in the list of people on the case, or enter the ID number if this is another person of the same name.</source>
        <translation>{name} is already on this case. Choose them in the list of people on the case, or enter the ID number if this is another person of the same name.</translation>
    </message>
    <message>
        <source>{name} is already a party of this case as {role}.</source>
        <translation>{name} is already a party of this case as {role}.</translation>
    </message>
    <message>
        <source>"{part}" is not a party entry: write the role, a colon and the name (申请人：张三).</source>
        <translation>"{part}" is not a party entry: write the role, a colon and the name (申请人：张三).</translation>
    </message>
    <message>
        <source>"{part}" is not a party role (applicant, respondent…).</source>
        <translation>"{part}" is not a party role (applicant, respondent…).</translation>
    </message>
    <message>
        <source>A case that is "{current}" cannot move to "{target}".</source>
        <translation>A case that is "{current}" cannot move to "{target}".</translation>
    </message>
    <message>
        <source>Give a reason for "{target}".</source>
        <translation>Give a reason for "{target}".</translation>
    </message>
    <message>
        <source>This member has an interest in the case ({kind}) and must step aside. To assign them anyway, record the reason for the override.</source>
        <translation>This member has an interest in the case ({kind}) and must step aside. To assign them anyway, record the reason for the override.</translation>
    </message>
    <message>
        <source>Tick at least one member to assign.</source>
        <translation>Tick at least one member to assign.</translation>
    </message>
    <message>
        <source>Only a people's mediator or a lawyer on the case can be its chief mediator.</source>
        <translation>Only a people's mediator or a lawyer on the case can be its chief mediator.</translation>
    </message>
    <message>
        <source>The chief mediator must be a member of this case's committee. Assign them first.</source>
        <translation>The chief mediator must be a member of this case's committee. Assign them first.</translation>
    </message>
    <message>
        <source>The relation "{kind}" is not one the recusal check knows. Choose a relation from the list.</source>
        <translation>The relation "{kind}" is not one the recusal check knows. Choose a relation from the list.</translation>
    </message>
    <message>
        <source>Say in the note what the other relation is.</source>
        <translation>Say in the note what the other relation is.</translation>
    </message>
    <message>
        <source>A person cannot be related to themselves.</source>
        <translation>A person cannot be related to themselves.</translation>
    </message>
    <message>
        <source>This relation between {name} and {other} is already recorded ({kind}).</source>
        <translation>This relation between {name} and {other} is already recorded ({kind}).</translation>
    </message>
    <message>
        <source>Choose at least one stage for the member.</source>
        <translation>Choose at least one stage for the member.</translation>
    </message>
    <message>
        <source>The end date {to_date} is before the start date {from_date}.</source>
        <translation>The end date {to_date} is before the start date {from_date}.</translation>
    </message>
    <message>
        <source>Instalment {seq}: the payer and the payee must be parties of this case.</source>
        <translation>Instalment {seq}: the payer and the payee must be parties of this case.</translation>
    </message>
    <message>
        <source>This case already has an agreement; revise it instead.</source>
        <translation>This case already has an agreement; revise it instead.</translation>
    </message>
    <message>
        <source>An agreement can only be drafted while the case is accepted or in mediation (now: "{status}").</source>
        <translation>An agreement can only be drafted while the case is accepted or in mediation (now: "{status}").</translation>
    </message>
    <message>
        <source>This agreement version was replaced by a correction.</source>
        <translation>This agreement version was replaced by a correction.</translation>
    </message>
    <message>
        <source>The agreement is signed: give the reason for the correction.</source>
        <translation>The agreement is signed: give the reason for the correction.</translation>
    </message>
    <message>
        <source>Write the terms of the agreement first.</source>
        <translation>Write the terms of the agreement first.</translation>
    </message>
    <message>
        <source>The agreement is signed and can no longer be changed.</source>
        <translation>The agreement is signed and can no longer be changed.</translation>
    </message>
    <message>
        <source>Name who signed the agreement.</source>
        <translation>Name who signed the agreement.</translation>
    </message>
    <message>
        <source>{name} is under age: their guardian must sign the agreement beside them.</source>
        <translation>{name} is under age: their guardian must sign the agreement beside them.</translation>
    </message>
    <message>
        <source>Instalment {seq}: the amount must be more than zero.</source>
        <translation>Instalment {seq}: the amount must be more than zero.</translation>
    </message>
    <message>
        <source>Instalment {seq}: payer and payee must be different people.</source>
        <translation>Instalment {seq}: payer and payee must be different people.</translation>
    </message>
    <message>
        <source>Obligation {seq} ({description}) has no due date and is not paid on the spot: give it a date or mark it on the spot before printing for signature.</source>
        <translation>Obligation {seq} ({description}) has no due date and is not paid on the spot: give it a date or mark it on the spot before printing for signature.</translation>
    </message>
    <message>
        <source>Deadline of performance: the box says {stated}, but the obligations end on {derived}. Correct the deadline (or clear it: it is taken from the obligations) before printing.</source>
        <translation>Deadline of performance: the box says {stated}, but the obligations end on {derived}. Correct the deadline (or clear it: it is taken from the obligations) before printing.</translation>
    </message>
    <message>
        <source>Performance method: the text says it is paid at once or on the spot, but the obligations are {count} payment(s) with later dates. Correct the method before printing.</source>
        <translation>Performance method: the text says it is paid at once or on the spot, but the obligations are {count} payment(s) with later dates. Correct the method before printing.</translation>
    </message>
    <message>
        <source>Terms: a clause says it is paid at once or on the spot, but the obligations are {count} payment(s) with later dates. Correct the terms before printing.</source>
        <translation>Terms: a clause says it is paid at once or on the spot, but the obligations are {count} payment(s) with later dates. Correct the terms before printing.</translation>
    </message>
    <message>
        <source>Performance method: the text speaks of {stated} instalments, but there are {count} obligations. Correct the method or the obligations before printing.</source>
        <translation>Performance method: the text speaks of {stated} instalments, but there are {count} obligations. Correct the method or the obligations before printing.</translation>
    </message>
    <message>
        <source>Terms: a clause speaks of {stated} instalments, but there are {count} obligations. Correct the terms or the obligations before printing.</source>
        <translation>Terms: a clause speaks of {stated} instalments, but there are {count} obligations. Correct the terms or the obligations before printing.</translation>
    </message>
    <message>
        <source>Performance method: the text states "{stated}", but the obligations add up to {total_text}. Correct the amount before printing.</source>
        <translation>Performance method: the text states "{stated}", but the obligations add up to {total_text}. Correct the amount before printing.</translation>
    </message>
    <message>
        <source>Terms: a clause states "{stated}", but the obligations add up to {total_text}. Correct the amount before printing.</source>
        <translation>Terms: a clause states "{stated}", but the obligations add up to {total_text}. Correct the amount before printing.</translation>
    </message>
    <message>
        <source>Performance method: the amount in capitals "{stated}" matches no obligation and not the total. Correct it before printing.</source>
        <translation>Performance method: the amount in capitals "{stated}" matches no obligation and not the total. Correct it before printing.</translation>
    </message>
    <message>
        <source>Terms: the amount in capitals "{stated}" matches no obligation and not the total. Correct it before printing.</source>
        <translation>Terms: the amount in capitals "{stated}" matches no obligation and not the total. Correct it before printing.</translation>
    </message>
    <message>
        <source>The agreement was printed for signature on {printed}, but is signed on {signed}: the date under the seal must be the signing date. Print it again today and have that copy signed.</source>
        <translation>The agreement was printed for signature on {printed}, but is signed on {signed}: the date under the seal must be the signing date. Print it again today and have that copy signed.</translation>
    </message>
    <message>
        <source>The payment must be more than zero.</source>
        <translation>The payment must be more than zero.</translation>
    </message>
    <message>
        <source>The payment is more than what is still owed ({remaining}).</source>
        <translation>The payment is more than what is still owed ({remaining}).</translation>
    </message>
    <message>
        <source>Payments can be recorded once the agreement is signed.</source>
        <translation>Payments can be recorded once the agreement is signed.</translation>
    </message>
    <message>
        <source>This instalment belongs to a replaced agreement version.</source>
        <translation>This instalment belongs to a replaced agreement version.</translation>
    </message>
    <message>
        <source>Public-security mediation is not allowed for this case ({reason}). Choose another track or refer the case back to the police.</source>
        <translation>Public-security mediation is not allowed for this case ({reason}). Choose another track or refer the case back to the police.</translation>
    </message>
    <message>
        <source>Public-security mediation allows at most {maximum} sessions.</source>
        <translation>Public-security mediation allows at most {maximum} sessions.</translation>
    </message>
    <message>
        <source>{party} is under 16: a parent or guardian must attend.</source>
        <translation>{party} is under 16: a parent or guardian must attend.</translation>
    </message>
    <message>
        <source>A party is under 18: add a guardian or appropriate adult to the case first.</source>
        <translation>A party is under 18: add a guardian or appropriate adult to the case first.</translation>
    </message>
    <message>
        <source>Sessions can only be scheduled for an open case (now: "{status}").</source>
        <translation>Sessions can only be scheduled for an open case (now: "{status}").</translation>
    </message>
    <message>
        <source>Write the record of the session.</source>
        <translation>Write the record of the session.</translation>
    </message>
    <message>
        <source>Party {index}: the guardian or agent refers to a party that does not exist.</source>
        <translation>Party {index}: the guardian or agent refers to a party that does not exist.</translation>
    </message>
    <message>
        <source>People's mediation is free: a fee is only allowed for lawyer mediation.</source>
        <translation>People's mediation is free: a fee is only allowed for lawyer mediation.</translation>
    </message>
    <message>
        <source>The fee is above the maximum of {maximum}.</source>
        <translation>The fee is above the maximum of {maximum}.</translation>
    </message>
    <message>
        <source>There is no limit called {name}.</source>
        <translation>There is no limit called {name}.</translation>
    </message>
    <message>
        <source>The value of {name} has the wrong type.</source>
        <translation>The value of {name} has the wrong type.</translation>
    </message>
    <message>
        <source>{name} must be at least {minimum}.</source>
        <translation>{name} must be at least {minimum}.</translation>
    </message>
    <message>
        <source>A category code uses lower-case letters, digits and _ ({value}).</source>
        <translation>A category code uses lower-case letters, digits and _ ({value}).</translation>
    </message>
    <message>
        <source>The category {value} already exists.</source>
        <translation>The category {value} already exists.</translation>
    </message>
    <message>
        <source>"{value}" cannot be used in case numbers (1 to 8 letters).</source>
        <translation>"{value}" cannot be used in case numbers (1 to 8 letters).</translation>
    </message>
    <message>
        <source>Enter the category's name.</source>
        <translation>Enter the category's name.</translation>
    </message>
    <message>
        <source>Unknown track {track}.</source>
        <translation>Unknown track {track}.</translation>
    </message>
    <message>
        <source>Enter the organisation's name.</source>
        <translation>Enter the organisation's name.</translation>
    </message>
    <message>
        <source>{day} already has that working-day setting.</source>
        <translation>{day} already has that working-day setting.</translation>
    </message>
    <message>
        <source>The same committee member or room is already booked at that time:
{details}</source>
        <translation>The same committee member or room is already booked at that time:
{details}</translation>
    </message>
    <message>
        <source>This session starts at {starts}: it can be recorded once it has been held.</source>
        <translation>This session starts at {starts}: it can be recorded once it has been held.</translation>
    </message>
    <message>
        <source>A session must end after it starts.</source>
        <translation>A session must end after it starts.</translation>
    </message>
    <message>
        <source>Unknown exclusion for public-security mediation: {reason}.</source>
        <translation>Unknown exclusion for public-security mediation: {reason}.</translation>
    </message>
    <message>
        <source>"{offence}" is not a minor case the police may mediate (assault, injury, insult, defamation, damaging property, disturbing others, privacy). Choose another track.</source>
        <translation>"{offence}" is not a minor case the police may mediate (assault, injury, insult, defamation, damaging property, disturbing others, privacy). Choose another track.</translation>
    </message>
    <message>
        <source>Public-security mediation needs both parties' consent; not recorded yet for: {parties}.</source>
        <translation>Public-security mediation needs both parties' consent; not recorded yet for: {parties}.</translation>
    </message>
    <message>
        <source>Give the reason for proceeding despite the checklist's warnings.</source>
        <translation>Give the reason for proceeding despite the checklist's warnings.</translation>
    </message>
    <message>
        <source>The eligibility checklist has warnings: resolve them or record the reason for proceeding (Track rules tab) before accepting the case.</source>
        <translation>The eligibility checklist has warnings: resolve them or record the reason for proceeding (Track rules tab) before accepting the case.</translation>
    </message>
    <message>
        <source>Consent is recorded for the parties themselves, not for guardians or agents.</source>
        <translation>Consent is recorded for the parties themselves, not for guardians or agents.</translation>
    </message>
    <message>
        <source>Public-security mediation cannot be extended.</source>
        <translation>Public-security mediation cannot be extended.</translation>
    </message>
    <message>
        <source>Accept the case before extending its mediation period.</source>
        <translation>Accept the case before extending its mediation period.</translation>
    </message>
    <message>
        <source>The new end date must be after the current one ({current}).</source>
        <translation>The new end date must be after the current one ({current}).</translation>
    </message>
    <message>
        <source>An extension needs every party's consent; missing: {parties}.</source>
        <translation>An extension needs every party's consent; missing: {parties}.</translation>
    </message>
    <message>
        <source>Unknown fast-track step {step}.</source>
        <translation>Unknown fast-track step {step}.</translation>
    </message>
    <message>
        <source>Record "{previous}" before "{step}".</source>
        <translation>Record "{previous}" before "{step}".</translation>
    </message>
    <message>
        <source>"{step}" cannot be earlier than the step before it.</source>
        <translation>"{step}" cannot be earlier than the step before it.</translation>
    </message>
    <message>
        <source>"{step}" cannot lie in the future: enter the time it actually happened.</source>
        <translation>"{step}" cannot lie in the future: enter the time it actually happened.</translation>
    </message>
    <message>
        <source>"{step}" cannot be later than the step after it.</source>
        <translation>"{step}" cannot be later than the step after it.</translation>
    </message>
    <message>
        <source>Unknown way of contact {method}.</source>
        <translation>Unknown way of contact {method}.</translation>
    </message>
    <message>
        <source>A satisfaction can only be recorded when it was asked.</source>
        <translation>A satisfaction can only be recorded when it was asked.</translation>
    </message>
    <message>
        <source>This case has no linked police matter.</source>
        <translation>This case has no linked police matter.</translation>
    </message>
    <message>
        <source>Unknown decision {decision}.</source>
        <translation>Unknown decision {decision}.</translation>
    </message>
    <message>
        <source>The decision's date {on} is in the future. Enter the day it was made.</source>
        <translation>The decision's date {on} is in the future. Enter the day it was made.</translation>
    </message>
    <message>
        <source>Say in the note what the other decision was.</source>
        <translation>Say in the note what the other decision was.</translation>
    </message>
    <message>
        <source>Only a guardian or an appropriate adult can be added here.</source>
        <translation>Only a guardian or an appropriate adult can be added here.</translation>
    </message>
    <message>
        <source>The guardian must be for a party of this case.</source>
        <translation>The guardian must be for a party of this case.</translation>
    </message>
    <message>
        <source>The time of {field} has no time zone.</source>
        <translation>The time of {field} has no time zone.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Mediation Desk. Install the newer version to open it.</source>
        <translation>This database was written by a newer version of Mediation Desk. Install the newer version to open it.</translation>
    </message>
    <message>
        <source>The database path {path} is a folder, not a file.</source>
        <translation>The database path {path} is a folder, not a file.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <source>The font for printing could not be loaded.</source>
        <translation>The font for printing could not be loaded.</translation>
    </message>
    <message>
        <source>The signing key could not be read.</source>
        <translation>The signing key could not be read.</translation>
    </message>
    <message>
        <source>Print the agreement for signature first; then record who signed it.</source>
        <translation>Print the agreement for signature first; then record who signed it.</translation>
    </message>
    <message>
        <source>Record the signatures first; then attach the scanned signed copy.</source>
        <translation>Record the signatures first; then attach the scanned signed copy.</translation>
    </message>
    <message>
        <source>A scanned signed copy is already attached to this version of the agreement.</source>
        <translation>A scanned signed copy is already attached to this version of the agreement.</translation>
    </message>
    <message>
        <source>The agreement changed since it was printed. Print it again for signature.</source>
        <translation>The agreement changed since it was printed. Print it again for signature.</translation>
    </message>
    <message>
        <source>This version of the agreement is already archived as signed.</source>
        <translation>This version of the agreement is already archived as signed.</translation>
    </message>
    <message>
        <source>Choose a PDF or an image (PNG, JPEG, TIFF).</source>
        <translation>Choose a PDF or an image (PNG, JPEG, TIFF).</translation>
    </message>
    <message>
        <source>The chosen file is empty.</source>
        <translation>The chosen file is empty.</translation>
    </message>
    <message>
        <source>The scan is too large (at most 100 MB).</source>
        <translation>The scan is too large (at most 100 MB).</translation>
    </message>
    <message>
        <source>This file is too large to check (at most {limit} MB). Nothing was checked.</source>
        <translation>This file is too large to check (at most {limit} MB). Nothing was checked.</translation>
    </message>
    <message>
        <source>This PDF has too many pages to be an agreement (at most {limit}). Nothing was checked.</source>
        <translation>This PDF has too many pages to be an agreement (at most {limit}). Nothing was checked.</translation>
    </message>
    <message>
        <source>A page of this PDF is far larger than paper (over {limit} megapixels to read). Nothing was checked.</source>
        <translation>A page of this PDF is far larger than paper (over {limit} megapixels to read). Nothing was checked.</translation>
    </message>
    <message>
        <source>This image is too large to check (over {limit} megapixels). Scan at 300 dpi or less.</source>
        <translation>This image is too large to check (over {limit} megapixels). Scan at 300 dpi or less.</translation>
    </message>
    <message>
        <source>A page of this PDF holds far more drawing than an agreement (over {limit} MB once unpacked). Nothing was checked.</source>
        <translation>A page of this PDF holds far more drawing than an agreement (over {limit} MB once unpacked). Nothing was checked.</translation>
    </message>
    <message>
        <source>Checking this file took longer than {limit} seconds and was stopped. Nothing was checked.</source>
        <translation>Checking this file took longer than {limit} seconds and was stopped. Nothing was checked.</translation>
    </message>
    <message>
        <source>The agreement's number, date or organisation contains the character "|", which the QR code cannot carry.</source>
        <translation>The agreement's number, date or organisation contains the character "|", which the QR code cannot carry.</translation>
    </message>
    <message>
        <source>This workstation has no print spooler (lp). Install the CUPS client, or save as PDF.</source>
        <translation>This workstation has no print spooler (lp). Install the CUPS client, or save as PDF.</translation>
    </message>
    <message>
        <source>The printer "{printer}" did not take the job: {reason}. Nothing was marked printed.</source>
        <translation>The printer "{printer}" did not take the job: {reason}. Nothing was marked printed.</translation>
    </message>
    <message>
        <source>The file could not be written to {path}.</source>
        <translation>The file could not be written to {path}.</translation>
    </message>
    <message>
        <source>PDF files cannot be checked on this computer (pdftoppm is missing). Check a scan or photo instead.</source>
        <translation>PDF files cannot be checked on this computer (pdftoppm is missing). Check a scan or photo instead.</translation>
    </message>
    <message>
        <source>hired violence</source>
        <translation>hired violence</translation>
    </message>
    <message>
        <source>group fight</source>
        <translation>group fight</translation>
    </message>
    <message>
        <source>picking quarrels</source>
        <translation>picking quarrels</translation>
    </message>
    <message>
        <source>repeat violation</source>
        <translation>repeat violation</translation>
    </message>
    <message>
        <source>a party stirred up new trouble</source>
        <translation>a party stirred up new trouble</translation>
    </message>
    <message>
        <source>the member is a party</source>
        <translation>the member is a party</translation>
    </message>
    <message>
        <source>kinship with a party</source>
        <translation>kinship with a party</translation>
    </message>
    <message>
        <source>employer of a party</source>
        <translation>employer of a party</translation>
    </message>
    <message>
        <source>agent of a party</source>
        <translation>agent of a party</translation>
    </message>
    <message>
        <source>adviser of a party</source>
        <translation>adviser of a party</translation>
    </message>
    <message>
        <source>shared interest</source>
        <translation>shared interest</translation>
    </message>
    <message>
        <source>gifts received</source>
        <translation>gifts received</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>agreement</translation>
    </message>
    <message>
        <source>instalment</source>
        <translation>instalment</translation>
    </message>
    <message>
        <source>mediation session</source>
        <translation>mediation session</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>judicial confirmation</source>
        <translation>judicial confirmation</translation>
    </message>
    <message>
        <source>party</source>
        <translation>party</translation>
    </message>
    <message>
        <source>linked matter</source>
        <translation>linked matter</translation>
    </message>
    <message>
        <source>committee membership</source>
        <translation>committee membership</translation>
    </message>
    <message>
        <source>person's details</source>
        <translation>person's details</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>setting</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <source>The action could not be completed. Please check your input and try again (code: {code}).</source>
        <translation>The action could not be completed. Please check your input and try again (code: {code}).</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Storage problem</source>
        <translation>Storage problem</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
    <message>
        <source>Something went wrong inside Mediation Desk. Your saved work is safe; the last action may not have been completed.</source>
        <translation>Something went wrong inside Mediation Desk. Your saved work is safe; the last action may not have been completed.</translation>
    </message>
    <message>
        <source>Please tell your administrator. The details were written to the log:</source>
        <translation>Please tell your administrator. The details were written to the log:</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Only the sealed-records custodian or the director may unseal a case.</source>
        <translation>Only the sealed-records custodian or the director may unseal a case.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this.</source>
        <translation>Your role ({role}) does not allow this.</translation>
    </message>
    <message>
        <source>Choose a case first.</source>
        <translation>Choose a case first.</translation>
    </message>
    <message>
        <source>You are not assigned to this case.</source>
        <translation>You are not assigned to this case.</translation>
    </message>
    <message>
        <source>This case belongs to another organisation.</source>
        <translation>This case belongs to another organisation.</translation>
    </message>
    <message>
        <source>This record is sealed (juvenile or public-security record). Only the people on the case and the sealed-records custodian may open it.</source>
        <translation>This record is sealed (juvenile or public-security record). Only the people on the case and the sealed-records custodian may open it.</translation>
    </message>
    <message>
        <source>Your assignment to this case does not cover this stage.</source>
        <translation>Your assignment to this case does not cover this stage.</translation>
    </message>
    <message>
        <source>Administrators and auditors do not see case contents.</source>
        <translation>Administrators and auditors do not see case contents.</translation>
    </message>
    <message>
        <source>Record the legal basis before opening this sealed record.</source>
        <translation>Record the legal basis before opening this sealed record.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <source>The user name or password is wrong. {remaining} more attempts before the account is locked.</source>
        <translation>The user name or password is wrong. {remaining} more attempts before the account is locked.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords until {until}.</source>
        <translation>This account is locked after too many wrong passwords until {until}.</translation>
    </message>
    <message>
        <source>The password must have at least {minimum} characters.</source>
        <translation>The password must have at least {minimum} characters.</translation>
    </message>
    <message>
        <source>The password may have at most {maximum} characters.</source>
        <translation>The password may have at most {maximum} characters.</translation>
    </message>
    <message>
        <source>An administrator account already exists.</source>
        <translation>An administrator account already exists.</translation>
    </message>
    <message>
        <source>The user name {username} is already taken.</source>
        <translation>The user name {username} is already taken.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <source>Unknown role {role}.</source>
        <translation>Unknown role {role}.</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened.</source>
        <translation>The file {path} cannot be opened.</translation>
    </message>
    <message>
        <source>The file is too large to import: at most {maximum} bytes, it has {size}.</source>
        <translation>The file is too large to import: at most {maximum} bytes, it has {size}.</translation>
    </message>
    <message>
        <source>The file {path} is not an Excel workbook (.xlsx).</source>
        <translation>The file {path} is not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>The workbook would unpack to far more data than a ledger holds ({part}); it was not opened.</source>
        <translation>The workbook would unpack to far more data than a ledger holds ({part}); it was not opened.</translation>
    </message>
    <message>
        <source>The ledger has more than {maximum} rows; split it into several files.</source>
        <translation>The ledger has more than {maximum} rows; split it into several files.</translation>
    </message>
    <message>
        <source>This case number is already used here by a different dispute (other parties); the row was not imported.</source>
        <translation>This case number is already used here by a different dispute (other parties); the row was not imported.</translation>
    </message>
    <message>
        <source>This case number appears twice in the file.</source>
        <translation>This case number appears twice in the file.</translation>
    </message>
    <message>
        <source>The column {field} is missing from the header row.</source>
        <translation>The column {field} is missing from the header row.</translation>
    </message>
    <message>
        <source>{field} is not a date (YYYY-MM-DD).</source>
        <translation>{field} is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The acceptance date is before the date received.</source>
        <translation>The acceptance date is before the date received.</translation>
    </message>
    <message>
        <source>The closing date is before the acceptance date.</source>
        <translation>The closing date is before the acceptance date.</translation>
    </message>
    <message>
        <source>Unknown dispute category.</source>
        <translation>Unknown dispute category.</translation>
    </message>
    <message>
        <source>Unknown case source.</source>
        <translation>Unknown case source.</translation>
    </message>
    <message>
        <source>Unknown mediation type.</source>
        <translation>Unknown mediation type.</translation>
    </message>
    <message>
        <source>Unknown mediation result.</source>
        <translation>Unknown mediation result.</translation>
    </message>
    <message>
        <source>A case still open cannot have a closing date.</source>
        <translation>A case still open cannot have a closing date.</translation>
    </message>
    <message>
        <source>A declined case cannot have an acceptance date.</source>
        <translation>A declined case cannot have an acceptance date.</translation>
    </message>
    <message>
        <source>The performance entry does not fit the result.</source>
        <translation>The performance entry does not fit the result.</translation>
    </message>
    <message>
        <source>A closed case with an agreement needs its performance (performed or not).</source>
        <translation>A closed case with an agreement needs its performance (performed or not).</translation>
    </message>
    <message>
        <source>Marked as performed, but the amount paid differs from the amount agreed.</source>
        <translation>Marked as performed, but the amount paid differs from the amount agreed.</translation>
    </message>
    <message>
        <source>Either both amounts are confidential (保密) or neither.</source>
        <translation>Either both amounts are confidential (保密) or neither.</translation>
    </message>
    <message>
        <source>Agreement details are given, but the result is not an agreement.</source>
        <translation>Agreement details are given, but the result is not an agreement.</translation>
    </message>
    <message>
        <source>Unknown satisfaction level.</source>
        <translation>Unknown satisfaction level.</translation>
    </message>
    <message>
        <source>Write each party as role：name (ID number), separated by ；.</source>
        <translation>Write each party as role：name (ID number), separated by ；.</translation>
    </message>
    <message>
        <source>Unknown party role.</source>
        <translation>Unknown party role.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged and cannot be used ({reason}).</source>
        <translation>The backup {path} is damaged and cannot be used ({reason}).</translation>
    </message>
    <message>
        <source>The backup file {path} does not exist.</source>
        <translation>The backup file {path} does not exist.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {detail}</source>
        <translation>The backup could not be written to {path}: {detail}</translation>
    </message>
    <message>
        <source>This backup was made by another installation of Mediation Desk. It was not restored.</source>
        <translation>This backup was made by another installation of Mediation Desk. It was not restored.</translation>
    </message>
    <message>
        <source>This backup was sealed by another installation of Mediation Desk (key {key_id}), so this computer cannot prove it was not changed. It was not restored. To restore it, an administrator copies that installation's seal key (keys/backup-seal.key) into keys/trusted-backup-keys/ here, or restores it from the command line with --seal-key.</source>
        <translation>This backup was sealed by another installation of Mediation Desk (key {key_id}), so this computer cannot prove it was not changed. It was not restored. To restore it, an administrator copies that installation's seal key (keys/backup-seal.key) into keys/trusted-backup-keys/ here, or restores it from the command line with --seal-key.</translation>
    </message>
    <message>
        <source>This backup carries no installation seal (made before version 0.4, or rebuilt by someone), so it cannot be proved unchanged. It was not restored. An administrator who knows where it came from can restore it from the command line with --trust-unverified.</source>
        <translation>This backup carries no installation seal (made before version 0.4, or rebuilt by someone), so it cannot be proved unchanged. It was not restored. An administrator who knows where it came from can restore it from the command line with --trust-unverified.</translation>
    </message>
    <message>
        <source>The database folder {path} could not be created: {detail}</source>
        <translation>The database folder {path} could not be created: {detail}</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Nothing was changed. Free some space (or choose another folder) and try again.</source>
        <translation>The disk holding {path} is full. Nothing was changed. Free some space (or choose another folder) and try again.</translation>
    </message>
    <message>
        <source>{path} is read-only, so nothing could be written there. Nothing was changed. Choose a folder you may write to, or ask your administrator for write permission.</source>
        <translation>{path} is read-only, so nothing could be written there. Nothing was changed. Choose a folder you may write to, or ask your administrator for write permission.</translation>
    </message>
    <message>
        <source>The database {path} is read-only (the file or its folder cannot be written). It is not damaged. Mediation Desk cannot open it: even reading records who opened what in the audit log. Ask your administrator for write permission to the file and its folder, or copy the file to a folder you may write to.</source>
        <translation>The database {path} is read-only (the file or its folder cannot be written). It is not damaged. Mediation Desk cannot open it: even reading records who opened what in the audit log. Ask your administrator for write permission to the file and its folder, or copy the file to a folder you may write to.</translation>
    </message>
    <message>
        <source>In server mode the database is backed up on the server (pg_dump); see the server-mode guide.</source>
        <translation>In server mode the database is backed up on the server (pg_dump); see the server-mode guide.</translation>
    </message>
    <message>
        <source>In server mode the database is restored on the server (pg_restore); see the server-mode guide.</source>
        <translation>In server mode the database is restored on the server (pg_restore); see the server-mode guide.</translation>
    </message>
    <message>
        <source>The database is damaged ({detail}); a backup of it would be useless. Restore a backup instead.</source>
        <translation>The database is damaged ({detail}); a backup of it would be useless. Restore a backup instead.</translation>
    </message>
    <message>
        <source>There is no database file at {path} to back up.</source>
        <translation>There is no database file at {path} to back up.</translation>
    </message>
    <message>
        <source>The database {path} is on a network drive ({fstype}). A database file on a shared drive can be damaged when several computers use it. Keep it on this computer's own disk, or use server mode (a PostgreSQL server) for several workstations.</source>
        <translation>The database {path} is on a network drive ({fstype}). A database file on a shared drive can be damaged when several computers use it. Keep it on this computer's own disk, or use server mode (a PostgreSQL server) for several workstations.</translation>
    </message>
    <message>
        <source>The database is damaged; Mediation Desk saves no more changes to it. Restore the newest verified backup when Mediation Desk offers it.</source>
        <translation>The database is damaged; Mediation Desk saves no more changes to it. Restore the newest verified backup when Mediation Desk offers it.</translation>
    </message>
    <message>
        <source>The database server cannot be reached ({detail}). Check the network and that the server is running, then start Mediation Desk again.</source>
        <translation>The database server cannot be reached ({detail}). Check the network and that the server is running, then start Mediation Desk again.</translation>
    </message>
    <message>
        <source>The file {path} could not be written ({reason}). Check that the folder exists and is writable and that the disk is not full.</source>
        <translation>The file {path} could not be written ({reason}). Check that the folder exists and is writable and that the disk is not full.</translation>
    </message>
    <message>
        <source>Enter the legal basis for opening this sealed record.</source>
        <translation>Enter the legal basis for opening this sealed record.</translation>
    </message>
    <message>
        <source>This case is not sealed.</source>
        <translation>This case is not sealed.</translation>
    </message>
    <message>
        <source>Enter why the full ID number is needed.</source>
        <translation>Enter why the full ID number is needed.</translation>
    </message>
    <message>
        <source>Only a SQLite database file can be copied to a server.</source>
        <translation>Only a SQLite database file can be copied to a server.</translation>
    </message>
    <message>
        <source>The target must be a PostgreSQL server address.</source>
        <translation>The target must be a PostgreSQL server address.</translation>
    </message>
    <message>
        <source>The server database already holds data ({tables}).</source>
        <translation>The server database already holds data ({tables}).</translation>
    </message>
    <message>
        <source>The copy on the server differs from the original ({tables}). Do not use it; try again.</source>
        <translation>The copy on the server differs from the original ({tables}). Do not use it; try again.</translation>
    </message>
    <message>
        <source>Unknown reporting period ({kind}).</source>
        <translation>Unknown reporting period ({kind}).</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>The period ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>The time for a timely response must be at least one hour (entered: {value}).</source>
        <translation>The time for a timely response must be at least one hour (entered: {value}).</translation>
    </message>
    <message>
        <source>The resolution rate's base must count resolved cases (chosen: {value}).</source>
        <translation>The resolution rate's base must count resolved cases (chosen: {value}).</translation>
    </message>
    <message>
        <source>Choose at least one return-visit answer that counts as satisfied.</source>
        <translation>Choose at least one return-visit answer that counts as satisfied.</translation>
    </message>
    <message>
        <source>Unknown base for the resolution rate ({value}).</source>
        <translation>Unknown base for the resolution rate ({value}).</translation>
    </message>
    <message>
        <source>The 12345 ticket number must be 4 to 40 letters, digits or - _ / (entered: {value}).</source>
        <translation>The 12345 ticket number must be 4 to 40 letters, digits or - _ / (entered: {value}).</translation>
    </message>
    <message>
        <source>The time of {field} lies in the future.</source>
        <translation>The time of {field} lies in the future.</translation>
    </message>
    <message>
        <source>The time of {field} is earlier than {before}.</source>
        <translation>The time of {field} is earlier than {before}.</translation>
    </message>
    <message>
        <source>Only a case from the 12345 hotline has a ticket (this case's source: {source}).</source>
        <translation>Only a case from the 12345 hotline has a ticket (this case's source: {source}).</translation>
    </message>
    <message>
        <source>Ticket {ticket_no} is already recorded on another case.</source>
        <translation>Ticket {ticket_no} is already recorded on another case.</translation>
    </message>
    <message>
        <source>The ticket has been responded to; its number and times can no longer be changed.</source>
        <translation>The ticket has been responded to; its number and times can no longer be changed.</translation>
    </message>
    <message>
        <source>This case has no 12345 ticket yet.</source>
        <translation>This case has no 12345 ticket yet.</translation>
    </message>
    <message>
        <source>Enter the reply given to the hotline.</source>
        <translation>Enter the reply given to the hotline.</translation>
    </message>
    <message>
        <source>Record the first response before the reply.</source>
        <translation>Record the first response before the reply.</translation>
    </message>
    <message>
        <source>Record the reply before the return visit.</source>
        <translation>Record the reply before the return visit.</translation>
    </message>
    <message>
        <source>Disputes found must be a number from 0 to 10,000 (entered: {value}).</source>
        <translation>Disputes found must be a number from 0 to 10,000 (entered: {value}).</translation>
    </message>
    <message>
        <source>The screening date lies in the future.</source>
        <translation>The screening date lies in the future.</translation>
    </message>
    <message>
        <source>The number of persons must be from 1 to 100,000 when the box is ticked (entered: {value}).</source>
        <translation>The number of persons must be from 1 to 100,000 when the box is ticked (entered: {value}).</translation>
    </message>
    <message>
        <source>Unknown official source ({value}).</source>
        <translation>Unknown official source ({value}).</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the mediation period</source>
        <translation>Extend the mediation period</translation>
    </message>
    <message>
        <source>New end date</source>
        <translation>New end date</translation>
    </message>
    <message>
        <source>{name} ({role}) consents</source>
        <translation>{name} ({role}) consents</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Both parties must consent to an extension: tick each party's consent.</source>
        <translation>Both parties must consent to an extension: tick each party's consent.</translation>
    </message>
</context>
<context>
    <name>FastTrackClock</name>
    <message>
        <source>48-hour fast track</source>
        <translation>48-hour fast track</translation>
    </message>
    <message>
        <source>Record time…</source>
        <translation>Record time…</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>The clock starts with the summons.</source>
        <translation>The clock starts with the summons.</translation>
    </message>
    <message>
        <source>Limit: {hours} hours from the summons.</source>
        <translation>Limit: {hours} hours from the summons.</translation>
    </message>
    <message>
        <source>Limit: {hours} hours, until {due}.</source>
        <translation>Limit: {hours} hours, until {due}.</translation>
    </message>
    <message>
        <source>Completed in {span}.</source>
        <translation>Completed in {span}.</translation>
    </message>
    <message>
        <source>(over the limit)</source>
        <translation>(over the limit)</translation>
    </message>
    <message>
        <source>Remaining: {span}</source>
        <translation>Remaining: {span}</translation>
    </message>
    <message>
        <source>Overdue by {span}</source>
        <translation>Overdue by {span}</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>In mediation</source>
        <translation>In mediation</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Response rate</translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation>Resolution rate</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>Satisfaction rate</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Avg. days</source>
        <translation>Avg. days</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator account</source>
        <translation>Create the administrator account</translation>
    </message>
    <message>
        <source>The administrator manages user accounts, settings and backups. Case contents are not visible to this account.</source>
        <translation>The administrator manages user accounts, settings and backups. Case contents are not visible to this account.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Mediation Desk</source>
        <translation>Welcome to Mediation Desk</translation>
    </message>
    <message>
        <source>A new database was created at:
%1

Name the mediation organisation that works with it. Its short code appears in every case number, e.g. （2026）京朝调字第0001号.</source>
        <translation>A new database was created at:
%1

Name the mediation organisation that works with it. Its short code appears in every case number, e.g. （2026）京朝调字第0001号.</translation>
    </message>
    <message>
        <source>e.g. 朝阳区人民调解委员会</source>
        <translation>e.g. 朝阳区人民调解委员会</translation>
    </message>
    <message>
        <source>e.g. 京朝</source>
        <translation>e.g. 京朝</translation>
    </message>
    <message>
        <source>Fill with demo cases to try the app</source>
        <translation>Fill with demo cases to try the app</translation>
    </message>
    <message>
        <source> cases</source>
        <translation> cases</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>Code for case numbers</source>
        <translation>Code for case numbers</translation>
    </message>
    <message>
        <source>Enter the organisation's name.</source>
        <translation>Enter the organisation's name.</translation>
    </message>
    <message>
        <source>Enter a short code, e.g. 京朝.</source>
        <translation>Enter a short code, e.g. 京朝.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Record follow-up</source>
        <translation>Record follow-up</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>Name of the person reached</source>
        <translation>Name of the person reached</translation>
    </message>
    <message>
        <source>Asked, no answer</source>
        <translation>Asked, no answer</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Done at</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>What they said</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Enter who was contacted.</source>
        <translation>Enter who was contacted.</translation>
    </message>
    <message>
        <source>Choose how they were contacted.</source>
        <translation>Choose how they were contacted.</translation>
    </message>
    <message>
        <source>Choose what was found of the performance.</source>
        <translation>Choose what was found of the performance.</translation>
    </message>
    <message>
        <source>Choose the satisfaction answer, or that it was not asked.</source>
        <translation>Choose the satisfaction answer, or that it was not asked.</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>Done at</source>
        <translation>Done at</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>What they said</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <source>Record follow-up…</source>
        <translation>Record follow-up…</translation>
    </message>
</context>
<context>
    <name>FullListDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s). Double-click a line to open it.</source>
        <translation>
            <numerusform>%n line(s). Double-click a line to open it.</numerusform>
            <numerusform>%n line(s). Double-click a line to open it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuardianDialog</name>
    <message>
        <source>Add guardian or appropriate adult</source>
        <translation>Add guardian or appropriate adult</translation>
    </message>
    <message>
        <source>18-character resident ID (optional)</source>
        <translation>18-character resident ID (optional)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Enter the name.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Audit timeline</source>
        <translation>Audit timeline</translation>
    </message>
</context>
<context>
    <name>HotlineBox</name>
    <message>
        <source>12345 ticket</source>
        <translation>12345 ticket</translation>
    </message>
    <message>
        <source>e.g. BJ20261207-000123</source>
        <translation>e.g. BJ20261207-000123</translation>
    </message>
    <message>
        <source>The platform set another reply deadline:</source>
        <translation>The platform set another reply deadline:</translation>
    </message>
    <message>
        <source>Ticket no.</source>
        <translation>Ticket no.</translation>
    </message>
    <message>
        <source>Received by the platform</source>
        <translation>Received by the platform</translation>
    </message>
</context>
<context>
    <name>HotlinePanel</name>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>return visits</source>
        <translation>return visits</translation>
    </message>
    <message>
        <source>tickets received</source>
        <translation>tickets received</translation>
    </message>
    <message>
        <source>Tickets received: %1</source>
        <translation>Tickets received: %1</translation>
    </message>
    <message>
        <source>Response rate %1: first response within %2 h ÷ tickets received</source>
        <translation>Response rate %1: first response within %2 h ÷ tickets received</translation>
    </message>
    <message>
        <source>Resolution rate %1: resolved at the return visit ÷ %2</source>
        <translation>Resolution rate %1: resolved at the return visit ÷ %2</translation>
    </message>
    <message>
        <source>Satisfaction rate %1: %2 ÷ ratings given</source>
        <translation>Satisfaction rate %1: %2 ÷ ratings given</translation>
    </message>
    <message>
        <source>Received %1 = on time %2 + late %3 + overdue, no response %4 + waiting %5</source>
        <translation>Received %1 = on time %2 + late %3 + overdue, no response %4 + waiting %5</translation>
    </message>
    <message>
        <source>Received %1 = resolved %2 + not resolved %3 + not visited %4</source>
        <translation>Received %1 = resolved %2 + not resolved %3 + not visited %4</translation>
    </message>
    <message>
        <source>Today (%1): %2 new tickets, %3 responses overdue (limit %4 h):</source>
        <translation>Today (%1): %2 new tickets, %3 responses overdue (limit %4 h):</translation>
    </message>
</context>
<context>
    <name>InstalmentEntry</name>
    <message>
        <source>e.g. 600 or 1,200.00</source>
        <translation>e.g. 600 or 1,200.00</translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation>On the spot</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Two instalments</source>
        <translation>Two instalments</translation>
    </message>
    <message>
        <source>Split the amount into two halves, the second due a month later</source>
        <translation>Split the amount into two halves, the second due a month later</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Payer and payee must be two different parties.</source>
        <translation>Payer and payee must be two different parties.</translation>
    </message>
</context>
<context>
    <name>InstalmentsModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation>On the spot</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Leave empty to use the parties' names and the category</source>
        <translation>Leave empty to use the parties' names and the category</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Linked police matter</source>
        <translation>Linked police matter</translation>
    </message>
    <message>
        <source>Police case no.</source>
        <translation>Police case no.</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Parties</translation>
    </message>
    <message>
        <source>&amp;Facts and claims</source>
        <translation>&amp;Facts and claims</translation>
    </message>
    <message>
        <source>%1 is under 18: add a guardian or an appropriate adult.</source>
        <translation>%1 is under 18: add a guardian or an appropriate adult.</translation>
    </message>
    <message>
        <source>%1 is under 18: add a guardian or an appropriate adult before saving.</source>
        <translation>%1 is under 18: add a guardian or an appropriate adult before saving.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>JuvenileBanner</name>
    <message>
        <source>Add guardian / appropriate adult…</source>
        <translation>Add guardian / appropriate adult…</translation>
    </message>
    <message>
        <source>{name} (aged {age} at the time)</source>
        <translation>{name} (aged {age} at the time)</translation>
    </message>
    <message>
        <source>Juvenile case: {names}.</source>
        <translation>Juvenile case: {names}.</translation>
    </message>
    <message>
        <source>Guardian / appropriate adult: {names}.</source>
        <translation>Guardian / appropriate adult: {names}.</translation>
    </message>
    <message>
        <source>No guardian or appropriate adult yet: sessions cannot be recorded until one is added.</source>
        <translation>No guardian or appropriate adult yet: sessions cannot be recorded until one is added.</translation>
    </message>
    <message>
        <source>Under {age}: a parent or guardian must attend every session ({names}).</source>
        <translation>Under {age}: a parent or guardian must attend every session ({names}).</translation>
    </message>
    <message>
        <source>Under {age}, data is sensitive: {names}.</source>
        <translation>Under {age}, data is sensitive: {names}.</translation>
    </message>
    <message>
        <source>A social worker may join the committee.</source>
        <translation>A social worker may join the committee.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>People's mediation</source>
        <translation>People's mediation</translation>
    </message>
    <message>
        <source>Public-security mediation</source>
        <translation>Public-security mediation</translation>
    </message>
    <message>
        <source>Criminal reconciliation</source>
        <translation>Criminal reconciliation</translation>
    </message>
    <message>
        <source>Lawyer mediation</source>
        <translation>Lawyer mediation</translation>
    </message>
    <message>
        <source>Pre-litigation mediation</source>
        <translation>Pre-litigation mediation</translation>
    </message>
    <message>
        <source>Party application</source>
        <translation>Party application</translation>
    </message>
    <message>
        <source>Committee initiative</source>
        <translation>Committee initiative</translation>
    </message>
    <message>
        <source>Police referral</source>
        <translation>Police referral</translation>
    </message>
    <message>
        <source>12345 hotline</source>
        <translation>12345 hotline</translation>
    </message>
    <message>
        <source>110 police call</source>
        <translation>110 police call</translation>
    </message>
    <message>
        <source>Court entrustment</source>
        <translation>Court entrustment</translation>
    </message>
    <message>
        <source>Procuratorate referral</source>
        <translation>Procuratorate referral</translation>
    </message>
    <message>
        <source>Government assignment</source>
        <translation>Government assignment</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>In mediation</source>
        <translation>In mediation</translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation>Agreement reached</translation>
    </message>
    <message>
        <source>Mediation failed</source>
        <translation>Mediation failed</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Performing</source>
        <translation>Performing</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>Performed</translation>
    </message>
    <message>
        <source>Not performed</source>
        <translation>Not performed</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Appropriate adult</source>
        <translation>Appropriate adult</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>People's mediator</source>
        <translation>People's mediator</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Prosecutor</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Judge</translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation>Police officer</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Invited person</source>
        <translation>Invited person</translation>
    </message>
    <message>
        <source>Non-prosecution</source>
        <translation>Non-prosecution</translation>
    </message>
    <message>
        <source>Case withdrawn</source>
        <translation>Case withdrawn</translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation>Judgment</translation>
    </message>
    <message>
        <source>Administrative penalty</source>
        <translation>Administrative penalty</translation>
    </message>
    <message>
        <source>Other decision</source>
        <translation>Other decision</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>Relative</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>Shared interest</source>
        <translation>Shared interest</translation>
    </message>
    <message>
        <source>Gifts received</source>
        <translation>Gifts received</translation>
    </message>
    <message>
        <source>Other relation</source>
        <translation>Other relation</translation>
    </message>
    <message>
        <source>Is a party</source>
        <translation>Is a party</translation>
    </message>
    <message>
        <source>Mediation committee</source>
        <translation>Mediation committee</translation>
    </message>
    <message>
        <source>Lawyer mediation studio</source>
        <translation>Lawyer mediation studio</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>Police station</translation>
    </message>
    <message>
        <source>Case-handling centre</source>
        <translation>Case-handling centre</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Procuratorate</source>
        <translation>Procuratorate</translation>
    </message>
    <message>
        <source>Law firm</source>
        <translation>Law firm</translation>
    </message>
    <message>
        <source>Social-work centre</source>
        <translation>Social-work centre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Hong Kong/Macao permit</source>
        <translation>Hong Kong/Macao permit</translation>
    </message>
    <message>
        <source>Taiwan permit</source>
        <translation>Taiwan permit</translation>
    </message>
    <message>
        <source>Foreign permanent residence ID</source>
        <translation>Foreign permanent residence ID</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Other document</translation>
    </message>
    <message>
        <source>48-hour fast track</source>
        <translation>48-hour fast track</translation>
    </message>
    <message>
        <source>Ordinary fast track</source>
        <translation>Ordinary fast track</translation>
    </message>
    <message>
        <source>Relatively non-prosecution</source>
        <translation>Relatively non-prosecution</translation>
    </message>
    <message>
        <source>Bail pending trial</source>
        <translation>Bail pending trial</translation>
    </message>
    <message>
        <source>Administrative case</source>
        <translation>Administrative case</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Summoned</source>
        <translation>Summoned</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>Review for prosecution</source>
        <translation>Review for prosecution</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Trial</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>Decide on acceptance</source>
        <translation>Decide on acceptance</translation>
    </message>
    <message>
        <source>Mediation period ends</source>
        <translation>Mediation period ends</translation>
    </message>
    <message>
        <source>Record the session</source>
        <translation>Record the session</translation>
    </message>
    <message>
        <source>Fast track: investigation</source>
        <translation>Fast track: investigation</translation>
    </message>
    <message>
        <source>Fast track: review for prosecution</source>
        <translation>Fast track: review for prosecution</translation>
    </message>
    <message>
        <source>Fast track: trial</source>
        <translation>Fast track: trial</translation>
    </message>
    <message>
        <source>Instalment due</source>
        <translation>Instalment due</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>Judicial confirmation window</source>
        <translation>Judicial confirmation window</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Disputed issues</source>
        <translation>Disputed issues</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Police case no.</source>
        <translation>Police case no.</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Scope of authority</source>
        <translation>Scope of authority</translation>
    </message>
    <message>
        <source>Eligibility override</source>
        <translation>Eligibility override</translation>
    </message>
    <message>
        <source>Performance method</source>
        <translation>Performance method</translation>
    </message>
    <message>
        <source>Performance place</source>
        <translation>Performance place</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Apology</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partly paid</translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation>On the spot</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked — Mediation Desk</source>
        <translation>Locked — Mediation Desk</translation>
    </message>
    <message>
        <source>The screen is locked. Enter the password of %1 to continue.</source>
        <translation>The screen is locked. Enter the password of %1 to continue.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Mediation Desk</source>
        <translation>Sign in — Mediation Desk</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mediation Desk</source>
        <translation>Mediation Desk</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <extracomment>Administrators and auditors never see case contents (policy): case pages are hidden.</extracomment>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>Administrators and auditors do not see case contents.</source>
        <translation>Administrators and auditors do not see case contents.</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <source>Find case</source>
        <translation>Find case</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>Close tab</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Verify agreement…</source>
        <translation>Verify agreement…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>About Mediation Desk…</source>
        <translation>About Mediation Desk…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Backup and restore…</source>
        <translation>Backup and restore…</translation>
    </message>
    <message>
        <source>User accounts…</source>
        <translation>User accounts…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>MatterDecisionsSection</name>
    <message>
        <source>Linked criminal or administrative matter: decisions</source>
        <translation>Linked criminal or administrative matter: decisions</translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation>Record decision…</translation>
    </message>
    <message>
        <source>Police case no. {no} · {charge}</source>
        <translation>Police case no. {no} · {charge}</translation>
    </message>
    <message>
        <source>No linked matter recorded yet; recording a decision creates it.</source>
        <translation>No linked matter recorded yet; recording a decision creates it.</translation>
    </message>
</context>
<context>
    <name>MediationPeriodSection</name>
    <message>
        <source>Mediation period</source>
        <translation>Mediation period</translation>
    </message>
    <message>
        <source>Extend (both parties consent)…</source>
        <translation>Extend (both parties consent)…</translation>
    </message>
    <message>
        <source>Save fee</source>
        <translation>Save fee</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>Judicial confirmation</translation>
    </message>
    <message>
        <source>Lawyer-mediation fee</source>
        <translation>Lawyer-mediation fee</translation>
    </message>
    <message>
        <source>{days} days from acceptance (not accepted yet)</source>
        <translation>{days} days from acceptance (not accepted yet)</translation>
    </message>
    <message>
        <source>(extended with both parties' consent)</source>
        <translation>(extended with both parties' consent)</translation>
    </message>
    <message>
        <source>{days} days once the agreement takes effect</source>
        <translation>{days} days once the agreement takes effect</translation>
    </message>
    <message>
        <source>Applied for.</source>
        <translation>Applied for.</translation>
    </message>
    <message>
        <source>Expired on {day} (optional: not an overdue task)</source>
        <translation>Expired on {day} (optional: not an overdue task)</translation>
    </message>
    <message>
        <source>The parties may apply jointly until {day} — {left}</source>
        <translation>The parties may apply jointly until {day} — {left}</translation>
    </message>
    <message>
        <source>at most {maximum}</source>
        <translation>at most {maximum}</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <source>Add committee member</source>
        <translation>Add committee member</translation>
    </message>
    <message>
        <source>Edit committee member</source>
        <translation>Edit committee member</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>e.g. judge of the civil division, social worker</source>
        <translation>e.g. judge of the civil division, social worker</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Enter the name.</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
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
        <source>Recusal override</source>
        <translation>Recusal override</translation>
    </message>
    <message>
        <source>{role}, chief mediator</source>
        <translation>{role}, chief mediator</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>Committee member</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>in mediation</source>
        <translation>in mediation</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>declined</translation>
    </message>
    <message>
        <source>Response rate = first contact within %1 h of receipt ÷ cases received: %2</source>
        <translation>Response rate = first contact within %1 h of receipt ÷ cases received: %2</translation>
    </message>
    <message>
        <source>Resolution rate = resolved ÷ concluded (%1), of the cases received: %2</source>
        <translation>Resolution rate = resolved ÷ concluded (%1), of the cases received: %2</translation>
    </message>
    <message>
        <source>Satisfaction rate = follow-ups answered %1 ÷ follow-ups answered: %2</source>
        <translation>Satisfaction rate = follow-ups answered %1 ÷ follow-ups answered: %2</translation>
    </message>
    <message>
        <source>Received %1 = %2 (each case once, by its current outcome)</source>
        <translation>Received %1 = %2 (each case once, by its current outcome)</translation>
    </message>
    <message>
        <source>Counted apart: closed in the period %1, accepted %2; agreed ¥%3, paid ¥%4</source>
        <translation>Counted apart: closed in the period %1, accepted %2; agreed ¥%3, paid ¥%4</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <source>e.g. 京朝 (used in case numbers)</source>
        <translation>e.g. 京朝 (used in case numbers)</translation>
    </message>
    <message>
        <source>18 characters (optional)</source>
        <translation>18 characters (optional)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Enter the name.</translation>
    </message>
</context>
<context>
    <name>OrganisationsDialog</name>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>New organisation…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
</context>
<context>
    <name>OverdueNotice</name>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) have overdue deadlines. Double-click a line to open the case.</source>
        <translation>
            <numerusform>%n case(s) have overdue deadlines. Double-click a line to open the case.</numerusform>
            <numerusform>%n case(s) have overdue deadlines. Double-click a line to open the case.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n most overdue are listed here; the dashboard lists more.</source>
        <translation>
            <numerusform>The %n most overdue are listed here; the dashboard lists more.</numerusform>
            <numerusform>The %n most overdue are listed here; the dashboard lists more.</numerusform>
        </translation>
    </message>
    <message>
        <source>{number}  {title} — {what}, overdue by {span}</source>
        <translation>{number}  {title} — {what}, overdue by {span}</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Accept or decline</source>
        <translation>Accept or decline</translation>
    </message>
    <message>
        <source>Mediation time limit</source>
        <translation>Mediation time limit</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Fast track: investigation</source>
        <translation>Fast track: investigation</translation>
    </message>
    <message>
        <source>Fast track: review for prosecution</source>
        <translation>Fast track: review for prosecution</translation>
    </message>
    <message>
        <source>Fast track: trial</source>
        <translation>Fast track: trial</translation>
    </message>
    <message>
        <source>Instalment due</source>
        <translation>Instalment due</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Judicial confirmation (optional)</source>
        <translation>Judicial confirmation (optional)</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
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
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <source>Chief mediator</source>
        <translation>Chief mediator</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Police matter</source>
        <translation>Police matter</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Decline…</translation>
    </message>
    <message>
        <source>Schedule session…</source>
        <translation>Schedule session…</translation>
    </message>
    <message>
        <source>Record session…</source>
        <translation>Record session…</translation>
    </message>
    <message>
        <source>Write agreement</source>
        <translation>Write agreement</translation>
    </message>
    <message>
        <source>Print agreement</source>
        <translation>Print agreement</translation>
    </message>
    <message>
        <source>Sign agreement…</source>
        <translation>Sign agreement…</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>Record follow-up…</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <source>Juvenile</source>
        <translation>Juvenile</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <source>Confidential amounts</source>
        <translation>Confidential amounts</translation>
    </message>
    <message>
        <source>Nothing more to do on this case.</source>
        <translation>Nothing more to do on this case.</translation>
    </message>
    <message>
        <source>Suggested next step: {action}</source>
        <translation>Suggested next step: {action}</translation>
    </message>
    <message>
        <source>{status}: reason</source>
        <translation>{status}: reason</translation>
    </message>
    <message>
        <source>Why does the case become "{status}"? The reason is kept in the case history.</source>
        <translation>Why does the case become "{status}"? The reason is kept in the case history.</translation>
    </message>
</context>
<context>
    <name>PartiesModel</name>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Guardian of / agent for</source>
        <translation>Guardian of / agent for</translation>
    </message>
    <message>
        <source>Guardian of {name}</source>
        <translation>Guardian of {name}</translation>
    </message>
    <message>
        <source>Agent for {name}</source>
        <translation>Agent for {name}</translation>
    </message>
</context>
<context>
    <name>PartiesPanel</name>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation>ID number / credit code</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Edit party</source>
        <translation>Edit party</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>Remove party</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Cancel edit</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Add a party</source>
        <translation>Add a party</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>under 18</translation>
    </message>
    <message>
        <source>guardian of %1</source>
        <translation>guardian of %1</translation>
    </message>
    <message>
        <source>agent for %1</source>
        <translation>agent for %1</translation>
    </message>
    <message>
        <source>same person as the %1</source>
        <translation>same person as the %1</translation>
    </message>
    <message>
        <source>existing record, %1 other case(s)</source>
        <translation>existing record, %1 other case(s)</translation>
    </message>
    <message>
        <source>A new person (enter below)</source>
        <translation>A new person (enter below)</translation>
    </message>
    <message>
        <source>Update party</source>
        <translation>Update party</translation>
    </message>
    <message>
        <source>Edit party %1</source>
        <translation>Edit party %1</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>Add party</translation>
    </message>
</context>
<context>
    <name>PartiesTab</name>
    <message>
        <source>Add party…</source>
        <translation>Add party…</translation>
    </message>
    <message>
        <source>Show ID…</source>
        <translation>Show ID…</translation>
    </message>
    <message>
        <source>Show the selected party's full ID number (reason recorded)</source>
        <translation>Show the selected party's full ID number (reason recorded)</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Edit contact…</translation>
    </message>
</context>
<context>
    <name>PartyPapers</name>
    <message>
        <source>e.g. General manager</source>
        <extracomment>The default 民族 of a new natural person (editable: the list is long and typing is allowed).</extracomment>
        <translation>e.g. General manager</translation>
    </message>
    <message>
        <source>Power of attorney (授权委托书) received</source>
        <translation>Power of attorney (授权委托书) received</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Representative's title</source>
        <translation>Representative's title</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>No. {seq}: {payer} → {payee}, outstanding {amount}</source>
        <translation>No. {seq}: {payer} → {payee}, outstanding {amount}</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nothing is outstanding.</source>
        <translation>Nothing is outstanding.</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Paid at</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <source>Record payment…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Obligations</translation>
    </message>
    <message>
        <source>Payments made</source>
        <translation>Payments made</translation>
    </message>
    <message>
        <source>Agreed {agreed} · paid {paid} · outstanding {owed}</source>
        <translation>Agreed {agreed} · paid {paid} · outstanding {owed}</translation>
    </message>
    <message numerus="yes">
        <source>%n instalment(s) overdue</source>
        <translation>
            <numerusform>%n instalment(s) overdue</numerusform>
            <numerusform>%n instalment(s) overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>No obligations: the agreement has none yet.</source>
        <translation>No obligations: the agreement has none yet.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No longer</source>
        <translation>No longer</translation>
    </message>
    <message>
        <source>Find a party by name, ID number or phone</source>
        <translation>Find a party by name, ID number or phone</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation>ID number / credit code</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
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
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Cases of the selected party</source>
        <translation>Cases of the selected party</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>Committee members</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>No longer offered for new assignments; the member's cases keep their records</source>
        <translation>No longer offered for new assignments; the member's cases keep their records</translation>
    </message>
    <message>
        <source>Organisations…</source>
        <translation>Organisations…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Cases of %1</source>
        <translation>Cases of %1</translation>
    </message>
</context>
<context>
    <name>PersonChoice</name>
    <message>
        <source>A new person (enter below)</source>
        <translation>A new person (enter below)</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Natural person</source>
        <extracomment>index of an earlier party who is the same person (a parent who applies and is guardian)</extracomment>
        <translation>Natural person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Use this record</source>
        <translation>Use this record</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>Add party</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Under 18 (age %1): the case will be marked juvenile and needs a guardian or an appropriate adult. Add them as the next party.</source>
        <translation>Under 18 (age %1): the case will be marked juvenile and needs a guardian or an appropriate adult. Add them as the next party.</translation>
    </message>
    <message>
        <source>Already on record: %1 (%2), party to %3 case(s): %4</source>
        <translation>Already on record: %1 (%2), party to %3 case(s): %4</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Save as PDF</source>
        <extracomment>How :func:`print_pdf` ended: sent to the spooler as PDF, drawn as images (fallback), written to a file the print dialog named ("print to file": not a print job), or cancelled.</extracomment>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page(s)</numerusform>
            <numerusform>%n page(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Mark as printed</source>
        <translation>Mark as printed</translation>
    </message>
    <message>
        <source>Printed another way: the agreement now awaits signature.</source>
        <translation>Printed another way: the agreement now awaits signature.</translation>
    </message>
</context>
<context>
    <name>PublicSecuritySection</name>
    <message>
        <source>Public-security mediation</source>
        <translation>Public-security mediation</translation>
    </message>
    <message>
        <source>Record appraisal report</source>
        <translation>Record appraisal report</translation>
    </message>
    <message>
        <source>Consent to mediation</source>
        <translation>Consent to mediation</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Case type</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>Appraisal report</source>
        <translation>Appraisal report</translation>
    </message>
    <message>
        <source>consented</source>
        <translation>consented</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>No exclusion (hired violence, group fight, picking quarrels, repeat violation, new trouble) was reported at registration.</source>
        <translation>No exclusion (hired violence, group fight, picking quarrels, repeat violation, new trouble) was reported at registration.</translation>
    </message>
    <message>
        <source>Charge not entered yet.</source>
        <translation>Charge not entered yet.</translation>
    </message>
    <message>
        <source>"{charge}" is not a type the police may mediate.</source>
        <translation>"{charge}" is not a type the police may mediate.</translation>
    </message>
    <message>
        <source>Allowed type: {type}.</source>
        <translation>Allowed type: {type}.</translation>
    </message>
    <message>
        <source>{count} of at most {maximum}</source>
        <translation>{count} of at most {maximum}</translation>
    </message>
    <message>
        <source>{days} working days from acceptance (not accepted yet)</source>
        <translation>{days} working days from acceptance (not accepted yet)</translation>
    </message>
    <message>
        <source>from the appraisal report</source>
        <translation>from the appraisal report</translation>
    </message>
    <message>
        <source>from acceptance</source>
        <translation>from acceptance</translation>
    </message>
    <message>
        <source>{days} working days {basis}: {due}</source>
        <translation>{days} working days {basis}: {due}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Give the reason.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record session of {start}</source>
        <translation>Record session of {start}</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Write the record of the session.</source>
        <translation>Write the record of the session.</translation>
    </message>
    <message>
        <source>Tick who attended.</source>
        <translation>Tick who attended.</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <source>Record a relation (recusal)</source>
        <translation>Record a relation (recusal)</translation>
    </message>
    <message>
        <source>e.g. cousins; same employer</source>
        <translation>e.g. cousins; same employer</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Choose the member and the party.</source>
        <translation>Choose the member and the party.</translation>
    </message>
</context>
<context>
    <name>RelationsBox</name>
    <message>
        <source>Relations with the parties (recusal)</source>
        <translation>Relations with the parties (recusal)</translation>
    </message>
    <message>
        <source>Record relation…</source>
        <translation>Record relation…</translation>
    </message>
    <message>
        <source>Remove relation</source>
        <translation>Remove relation</translation>
    </message>
</context>
<context>
    <name>RelationsModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Relaunch</name>
    <message>
        <source>Mediation Desk</source>
        <translation>Mediation Desk</translation>
    </message>
    <message>
        <source>Mediation Desk could not start again by itself. Start it again and confirm the restored data.</source>
        <translation>Mediation Desk could not start again by itself. Start it again and confirm the restored data.</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release {name}</source>
        <translation>Release {name}</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ReportingTab</name>
    <message>
        <source>No 12345 ticket on this case.</source>
        <translation>No 12345 ticket on this case.</translation>
    </message>
    <message>
        <source>Record first response…</source>
        <translation>Record first response…</translation>
    </message>
    <message>
        <source>Record reply…</source>
        <translation>Record reply…</translation>
    </message>
    <message>
        <source>Record return visit…</source>
        <translation>Record return visit…</translation>
    </message>
    <message>
        <source>Add or correct ticket…</source>
        <translation>Add or correct ticket…</translation>
    </message>
    <message>
        <source>12345 ticket</source>
        <translation>12345 ticket</translation>
    </message>
    <message>
        <source>Dispute prevented (found early)</source>
        <translation>Dispute prevented (found early)</translation>
    </message>
    <message>
        <source>Prevented a civil dispute turning criminal</source>
        <translation>Prevented a civil dispute turning criminal</translation>
    </message>
    <message>
        <source>Prevented a group petition</source>
        <translation>Prevented a group petition</translation>
    </message>
    <message>
        <source> persons</source>
        <translation> persons</translation>
    </message>
    <message>
        <source>As the case's source implies</source>
        <translation>As the case's source implies</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Official statistics table</source>
        <translation>Official statistics table</translation>
    </message>
    <message>
        <source>Official source</source>
        <translation>Official source</translation>
    </message>
    <message>
        <source>Ticket %1, received %2, reply due %3</source>
        <translation>Ticket %1, received %2, reply due %3</translation>
    </message>
    <message>
        <source>First response: %1</source>
        <translation>First response: %1</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>Reply: %1</translation>
    </message>
    <message>
        <source>Return visit: %1</source>
        <translation>Return visit: %1</translation>
    </message>
    <message>
        <source>matter resolved</source>
        <translation>matter resolved</translation>
    </message>
    <message>
        <source>matter not resolved</source>
        <translation>matter not resolved</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>Committee member</translation>
    </message>
    <message>
        <source>Sealed-records custodian</source>
        <translation>Sealed-records custodian</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule session</source>
        <translation>Schedule session</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Public session</source>
        <translation>Public session</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Enter the place.</source>
        <translation>Enter the place.</translation>
    </message>
</context>
<context>
    <name>ScreeningPanel</name>
    <message>
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Disputes found</source>
        <translation>Disputes found</translation>
    </message>
    <message>
        <source>Where / scope</source>
        <translation>Where / scope</translation>
    </message>
    <message>
        <source>Record round</source>
        <translation>Record round</translation>
    </message>
    <message>
        <source>found</source>
        <translation>found</translation>
    </message>
    <message>
        <source>%1 rounds, %2 disputes found</source>
        <translation>%1 rounds, %2 disputes found</translation>
    </message>
</context>
<context>
    <name>Sealed</name>
    <message>
        <source>Sealed record %1</source>
        <translation>Sealed record %1</translation>
    </message>
    <message>
        <source>This record is sealed. Opening it is recorded in the audit log.
Enter the legal basis (law, article, request or approval number):</source>
        <translation>This record is sealed. Opening it is recorded in the audit log.
Enter the legal basis (law, article, request or approval number):</translation>
    </message>
    <message>
        <source>Show the full ID number of %1</source>
        <translation>Show the full ID number of %1</translation>
    </message>
    <message>
        <source>The full ID number is shown only after you give a reason; it is recorded in the audit log.</source>
        <translation>The full ID number is shown only after you give a reason; it is recorded in the audit log.</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Nothing here.</source>
        <extracomment>Rows a panel shows without scrolling (its minimum height); the splitters give it more.</extracomment>
        <translation>Nothing here.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message numerus="yes">
        <source>The first %n are listed.</source>
        <translation>
            <numerusform>The first %n are listed.</numerusform>
            <numerusform>The first %n are listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Select a session to read its record.</source>
        <translation>Select a session to read its record.</translation>
    </message>
    <message>
        <source>Schedule session…</source>
        <translation>Schedule session…</translation>
    </message>
    <message>
        <source>Record session…</source>
        <translation>Record session…</translation>
    </message>
    <message>
        <source>Mediation room</source>
        <translation>Mediation room</translation>
    </message>
    <message>
        <source>Overlapping session</source>
        <translation>Overlapping session</translation>
    </message>
    <message>
        <source>Schedule this session anyway?</source>
        <translation>Schedule this session anyway?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Mediation period (days)</source>
        <translation>Mediation period (days)</translation>
    </message>
    <message>
        <source>Public-security mediation period (working days)</source>
        <translation>Public-security mediation period (working days)</translation>
    </message>
    <message>
        <source>Public-security mediation: maximum sessions</source>
        <translation>Public-security mediation: maximum sessions</translation>
    </message>
    <message>
        <source>Decide on acceptance within (days)</source>
        <translation>Decide on acceptance within (days)</translation>
    </message>
    <message>
        <source>Judicial confirmation window (days)</source>
        <translation>Judicial confirmation window (days)</translation>
    </message>
    <message>
        <source>Follow-up after a performance deadline (days)</source>
        <translation>Follow-up after a performance deadline (days)</translation>
    </message>
    <message>
        <source>Fast track (hours)</source>
        <translation>Fast track (hours)</translation>
    </message>
    <message>
        <source>First contact within (hours)</source>
        <translation>First contact within (hours)</translation>
    </message>
    <message>
        <source>12345 ticket reply due within (days)</source>
        <translation>12345 ticket reply due within (days)</translation>
    </message>
    <message>
        <source>Dashboard: "due soon" (days)</source>
        <translation>Dashboard: "due soon" (days)</translation>
    </message>
    <message>
        <source>Largest amount (yuan)</source>
        <translation>Largest amount (yuan)</translation>
    </message>
    <message>
        <source>Highest lawyer-mediation fee (yuan)</source>
        <translation>Highest lawyer-mediation fee (yuan)</translation>
    </message>
    <message>
        <source>Juvenile under (years)</source>
        <translation>Juvenile under (years)</translation>
    </message>
    <message>
        <source>Guardian must attend under (years)</source>
        <translation>Guardian must attend under (years)</translation>
    </message>
    <message>
        <source>Sensitive data under (years)</source>
        <translation>Sensitive data under (years)</translation>
    </message>
    <message>
        <source>Restart case numbers every January</source>
        <translation>Restart case numbers every January</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>This workstation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Font size</translation>
    </message>
    <message>
        <source>Limits (administrator)</source>
        <translation>Limits (administrator)</translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation>Save limits</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign agreement</source>
        <translation>Sign agreement</translation>
    </message>
    <message>
        <source>Once signed, the agreement can only be changed by a correction (a new version).</source>
        <translation>Once signed, the agreement can only be changed by a correction (a new version).</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>Tick who signed.</source>
        <translation>Tick who signed.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>The damaged file was kept unchanged at:
%1</source>
        <translation>The damaged file was kept unchanged at:
%1</translation>
    </message>
    <message>
        <source>Mediation Desk found damage in its database and no verified backup to restore.</source>
        <translation>Mediation Desk found damage in its database and no verified backup to restore.</translation>
    </message>
    <message>
        <source>Please contact your administrator.</source>
        <translation>Please contact your administrator.</translation>
    </message>
    <message>
        <source>Mediation Desk found damage in its database. Restore the newest verified backup (%1)?</source>
        <translation>Mediation Desk found damage in its database. Restore the newest verified backup (%1)?</translation>
    </message>
    <message>
        <source>Demo database — accounts %1, password %2</source>
        <translation>Demo database — accounts %1, password %2</translation>
    </message>
    <message>
        <source>Creating demo cases…</source>
        <translation>Creating demo cases…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>The data was restored from a backup. Automatic backups are paused until you confirm that the restored data is right. Check the latest cases, then confirm.

Is the restored data right?</source>
        <extracomment>The running session's safety handles (the window's "Lock now" / "Sign out" actions use it).</extracomment>
        <translation>The data was restored from a backup. Automatic backups are paused until you confirm that the restored data is right. Check the latest cases, then confirm.

Is the restored data right?</translation>
    </message>
    <message>
        <source>Restored data</source>
        <translation>Restored data</translation>
    </message>
</context>
<context>
    <name>StatisticsDefinitionsSection</name>
    <message>
        <source>satisfied</source>
        <translation>satisfied</translation>
    </message>
    <message>
        <source>basically satisfied</source>
        <translation>basically satisfied</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>dissatisfied</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>declined</translation>
    </message>
    <message>
        <source>tickets visited</source>
        <translation>tickets visited</translation>
    </message>
    <message>
        <source>tickets received</source>
        <translation>tickets received</translation>
    </message>
    <message>
        <source>Case statistics</source>
        <translation>Case statistics</translation>
    </message>
    <message>
        <source>Response within</source>
        <translation>Response within</translation>
    </message>
    <message>
        <source>Counted as satisfied</source>
        <translation>Counted as satisfied</translation>
    </message>
    <message>
        <source>Resolution rate: resolved ÷ resolved +</source>
        <translation>Resolution rate: resolved ÷ resolved +</translation>
    </message>
    <message>
        <source>12345 hotline</source>
        <translation>12345 hotline</translation>
    </message>
    <message>
        <source>Resolution rate: resolved ÷</source>
        <translation>Resolution rate: resolved ÷</translation>
    </message>
    <message>
        <source>Save definitions</source>
        <translation>Save definitions</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>StatisticsNotes</name>
    <message>
        <source>satisfied</source>
        <translation>satisfied</translation>
    </message>
    <message>
        <source>basically satisfied</source>
        <translation>basically satisfied</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>dissatisfied</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Export / print</source>
        <translation>Export / print</translation>
    </message>
    <message>
        <source>Ledger (台账), Excel…</source>
        <translation>Ledger (台账), Excel…</translation>
    </message>
    <message>
        <source>Statistics workbook, Excel…</source>
        <translation>Statistics workbook, Excel…</translation>
    </message>
    <message>
        <source>Official statistics table, Excel…</source>
        <translation>Official statistics table, Excel…</translation>
    </message>
    <message>
        <source>Official statistics table, PDF…</source>
        <translation>Official statistics table, PDF…</translation>
    </message>
    <message>
        <source>Weekly report, PDF…</source>
        <translation>Weekly report, PDF…</translation>
    </message>
    <message>
        <source>Monthly report, PDF…</source>
        <translation>Monthly report, PDF…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>By:</translation>
    </message>
    <message>
        <source>Click a figure to list its cases.</source>
        <translation>Click a figure to list its cases.</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>List its cases</source>
        <translation>List its cases</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Previous 3</source>
        <translation>Previous 3</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Monthly question</source>
        <translation>Monthly question</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>Weekly report</translation>
    </message>
    <message>
        <source>12345 today</source>
        <translation>12345 today</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Screening (排查)</source>
        <translation>Screening (排查)</translation>
    </message>
    <message>
        <source>Rates over time</source>
        <translation>Rates over time</translation>
    </message>
    <message>
        <source>Categories by month</source>
        <translation>Categories by month</translation>
    </message>
    <message>
        <source>Mediator workload</source>
        <translation>Mediator workload</translation>
    </message>
    <message>
        <source>Definitions: choose “Total” to see each rate worked out.</source>
        <translation>Definitions: choose “Total” to see each rate worked out.</translation>
    </message>
    <message>
        <source>Suggested topic: %1 (%2 cases)</source>
        <translation>Suggested topic: %1 (%2 cases)</translation>
    </message>
    <message>
        <source>No cases this month.</source>
        <translation>No cases this month.</translation>
    </message>
    <message>
        <source>Month not over: %1 compared with the same days of %2.</source>
        <translation>Month not over: %1 compared with the same days of %2.</translation>
    </message>
    <message>
        <source>Rates over time (%)</source>
        <translation>Rates over time (%)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Cases received by category</source>
        <translation>Cases received by category</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Cases behind “%1”:</source>
        <translation>Cases behind “%1”:</translation>
    </message>
    <message>
        <source>Cases of the monthly question:</source>
        <translation>Cases of the monthly question:</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>StatusModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>From status</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>To status</translation>
    </message>
</context>
<context>
    <name>StepTimeDialog</name>
    <message>
        <source>Actual time</source>
        <translation>Actual time</translation>
    </message>
    <message>
        <source>Enter when it happened (a suspect brought in last night: last night's time).</source>
        <translation>Enter when it happened (a suspect brought in last night: last night's time).</translation>
    </message>
    <message>
        <source>The time cannot lie in the future.</source>
        <translation>The time cannot lie in the future.</translation>
    </message>
    <message>
        <source>The time cannot be earlier than the step before it ({at}).</source>
        <translation>The time cannot be earlier than the step before it ({at}).</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>12345 ticket</source>
        <translation>12345 ticket</translation>
    </message>
    <message>
        <source>Enter the ticket number.</source>
        <translation>Enter the ticket number.</translation>
    </message>
</context>
<context>
    <name>TicketStepDialog</name>
    <message>
        <source>Record first response</source>
        <extracomment>the workspace's times are Beijing wall-clock times</extracomment>
        <translation>Record first response</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>Record reply</translation>
    </message>
    <message>
        <source>Record return visit</source>
        <translation>Record return visit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Not resolved</translation>
    </message>
    <message>
        <source>No rating given</source>
        <translation>No rating given</translation>
    </message>
    <message>
        <source>The citizen says the matter is</source>
        <translation>The citizen says the matter is</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Choose whether it is resolved and the rating.</source>
        <translation>Choose whether it is resolved and the rating.</translation>
    </message>
</context>
<context>
    <name>Track</name>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d} d {h} h</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>overdue by {span}</source>
        <translation>overdue by {span}</translation>
    </message>
    <message>
        <source>{span} left</source>
        <translation>{span} left</translation>
    </message>
    <message>
        <source>Summons (clock starts)</source>
        <translation>Summons (clock starts)</translation>
    </message>
    <message>
        <source>Investigation done</source>
        <translation>Investigation done</translation>
    </message>
    <message>
        <source>Review for prosecution done</source>
        <translation>Review for prosecution done</translation>
    </message>
    <message>
        <source>Trial done</source>
        <translation>Trial done</translation>
    </message>
    <message>
        <source>{when} — done</source>
        <translation>{when} — done</translation>
    </message>
    <message>
        <source>{when} — stopped (case finished)</source>
        <translation>{when} — stopped (case finished)</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day(s)</numerusform>
            <numerusform>overdue by %n day(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>due today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day(s) left</numerusform>
            <numerusform>%n day(s) left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackTab</name>
    <message>
        <source>Track: {track}</source>
        <translation>Track: {track}</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>New password (at least 8 characters):</source>
        <translation>New password (at least 8 characters):</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify agreement</source>
        <translation>Verify agreement</translation>
    </message>
    <message>
        <source>Choose the agreement as PDF, or a scan or photo of the printed paper (PNG, JPEG, TIFF). Its QR code is checked against the signed agreements archived here.</source>
        <translation>Choose the agreement as PDF, or a scan or photo of the printed paper (PNG, JPEG, TIFF). Its QR code is checked against the signed agreements archived here.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Valid: this agreement matches the signed version in the archive.</source>
        <translation>Valid: this agreement matches the signed version in the archive.</translation>
    </message>
    <message>
        <source>Altered: the archived agreement no longer matches the code printed on the paper. Do not rely on it; report it to the committee director.</source>
        <translation>Altered: the archived agreement no longer matches the code printed on the paper. Do not rely on it; report it to the committee director.</translation>
    </message>
    <message>
        <source>Unknown: no agreement code of this installation was found, or the agreement is not in the archive (issued elsewhere or never signed here).</source>
        <translation>Unknown: no agreement code of this installation was found, or the agreement is not in the archive (issued elsewhere or never signed here).</translation>
    </message>
    <message>
        <source>Altered: the printed text differs from the signed agreement in the archive (see below). Do not rely on it; report it to the committee director.</source>
        <translation>Altered: the printed text differs from the signed agreement in the archive (see below). Do not rely on it; report it to the committee director.</translation>
    </message>
    <message>
        <source>Code valid, text not checked: this file has no printed text (a scan or photo). Compare the paper with the archived signed content below.</source>
        <translation>Code valid, text not checked: this file has no printed text (a scan or photo). Compare the paper with the archived signed content below.</translation>
    </message>
    <message>
        <source>QR signature: made with this installation's key (or a trusted workstation's)</source>
        <translation>QR signature: made with this installation's key (or a trusted workstation's)</translation>
    </message>
    <message>
        <source>Archive: the archived signed content still matches the code</source>
        <translation>Archive: the archived signed content still matches the code</translation>
    </message>
    <message>
        <source>Printed items: each item of the archived content looked for on the paper</source>
        <translation>Printed items: each item of the archived content looked for on the paper</translation>
    </message>
    <message>
        <source>Printed text: compared with the agreement as archived, character by character</source>
        <translation>Printed text: compared with the agreement as archived, character by character</translation>
    </message>
    <message>
        <source>Printed text: not checked (the file has no text)</source>
        <translation>Printed text: not checked (the file has no text)</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Checked:</translation>
    </message>
    <message>
        <source>No agreement code of this installation was found.</source>
        <translation>No agreement code of this installation was found.</translation>
    </message>
    <message>
        <source>Not printed:</source>
        <translation>Not printed:</translation>
    </message>
    <message>
        <source>Printed differently:</source>
        <translation>Printed differently:</translation>
    </message>
    <message>
        <source>Archived signed content:</source>
        <translation>Archived signed content:</translation>
    </message>
    <message>
        <source>The archived content is shown only to those who may open this case.</source>
        <translation>The archived content is shown only to those who may open this case.</translation>
    </message>
    <message>
        <source>Choose the agreement</source>
        <translation>Choose the agreement</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signatories</translation>
    </message>
</context>
<context>
    <name>WeekPanel</name>
    <message>
        <source>Weekly report PDF…</source>
        <translation>Weekly report PDF…</translation>
    </message>
    <message>
        <source>12345 tickets</source>
        <translation>12345 tickets</translation>
    </message>
    <message>
        <source>Responded on time</source>
        <translation>Responded on time</translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation>Cases received</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed in the week</source>
        <translation>Closed in the week</translation>
    </message>
    <message>
        <source>Week %1 (previous week in brackets)</source>
        <translation>Week %1 (previous week in brackets)</translation>
    </message>
    <message>
        <source>Response rate %1, resolution rate %2, satisfaction rate %3 (12345)</source>
        <translation>Response rate %1, resolution rate %2, satisfaction rate %3 (12345)</translation>
    </message>
    <message>
        <source>Most frequent: %1</source>
        <translation>Most frequent: %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceLabels</name>
    <message>
        <source>Acceptance</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>Judicial confirmation</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation>Agreement reached</translation>
    </message>
    <message>
        <source>Continue later</source>
        <translation>Continue later</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Printed for signing</source>
        <translation>Printed for signing</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>Basically satisfied</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>At the office</source>
        <translation>At the office</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>Performed</translation>
    </message>
    <message>
        <source>Partly performed</source>
        <translation>Partly performed</translation>
    </message>
    <message>
        <source>Not performed</source>
        <translation>Not performed</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Agreement (PDF)</source>
        <translation>Agreement (PDF)</translation>
    </message>
    <message>
        <source>Signed agreement (scan)</source>
        <translation>Signed agreement (scan)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Identity proof</source>
        <translation>Identity proof</translation>
    </message>
    <message>
        <source>Case registered</source>
        <translation>Case registered</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>Case edited</translation>
    </message>
    <message>
        <source>Party added</source>
        <translation>Party added</translation>
    </message>
    <message>
        <source>Member assigned</source>
        <translation>Member assigned</translation>
    </message>
    <message>
        <source>Member released</source>
        <translation>Member released</translation>
    </message>
    <message>
        <source>Chief mediator changed</source>
        <translation>Chief mediator changed</translation>
    </message>
    <message>
        <source>Relation recorded</source>
        <translation>Relation recorded</translation>
    </message>
    <message>
        <source>Relation removed</source>
        <translation>Relation removed</translation>
    </message>
    <message>
        <source>Session scheduled</source>
        <translation>Session scheduled</translation>
    </message>
    <message>
        <source>Session recorded</source>
        <translation>Session recorded</translation>
    </message>
    <message>
        <source>Agreement drafted</source>
        <translation>Agreement drafted</translation>
    </message>
    <message>
        <source>Agreement revised</source>
        <translation>Agreement revised</translation>
    </message>
    <message>
        <source>Agreement corrected</source>
        <translation>Agreement corrected</translation>
    </message>
    <message>
        <source>Agreement printed</source>
        <translation>Agreement printed</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Agreement signed</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>Payment recorded</translation>
    </message>
    <message>
        <source>Follow-up recorded</source>
        <translation>Follow-up recorded</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consent recorded</translation>
    </message>
    <message>
        <source>Mediation period extended</source>
        <translation>Mediation period extended</translation>
    </message>
    <message>
        <source>Eligibility checklist saved</source>
        <translation>Eligibility checklist saved</translation>
    </message>
    <message>
        <source>Eligibility overridden</source>
        <translation>Eligibility overridden</translation>
    </message>
    <message>
        <source>Fast-track step recorded</source>
        <translation>Fast-track step recorded</translation>
    </message>
    <message>
        <source>Appraisal report recorded</source>
        <translation>Appraisal report recorded</translation>
    </message>
    <message>
        <source>Police recommendation recorded</source>
        <translation>Police recommendation recorded</translation>
    </message>
    <message>
        <source>Procuratorate decision recorded</source>
        <translation>Procuratorate decision recorded</translation>
    </message>
    <message>
        <source>Matter decision recorded</source>
        <translation>Matter decision recorded</translation>
    </message>
    <message>
        <source>is a party to the case</source>
        <translation>is a party to the case</translation>
    </message>
    <message>
        <source>is a relative of</source>
        <translation>is a relative of</translation>
    </message>
    <message>
        <source>works for</source>
        <translation>works for</translation>
    </message>
    <message>
        <source>is the agent of</source>
        <translation>is the agent of</translation>
    </message>
    <message>
        <source>is an adviser of</source>
        <translation>is an adviser of</translation>
    </message>
    <message>
        <source>shares an interest with</source>
        <translation>shares an interest with</translation>
    </message>
    <message>
        <source>received gifts from</source>
        <translation>received gifts from</translation>
    </message>
    <message>
        <source>is a colleague of</source>
        <translation>is a colleague of</translation>
    </message>
    <message>
        <source>has another relation with</source>
        <translation>has another relation with</translation>
    </message>
</context>
</TS>