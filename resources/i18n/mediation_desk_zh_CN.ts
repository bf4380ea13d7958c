<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mediation Desk</source>
        <translation>关于调解工作台</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source> (standalone build)</source>
        <translation>（独立安装版）</translation>
    </message>
    <message>
        <source>Qt %1 · PySide6 %2 · Python %3</source>
        <translation>Qt %1 · PySide6 %2 · Python %3</translation>
    </message>
    <message>
        <source>Case tracker for people&apos;s mediation committees.</source>
        <translation>人民调解委员会案件管理工具。</translation>
    </message>
</context>
<context>
    <name>AddPartyDialog</name>
    <message>
        <source>Add party</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>18-character resident ID (optional)</source>
        <translation>18位居民身份证号码（可不填）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Written scope of authority (agents)</source>
        <translation>书面授权范围（委托代理人）</translation>
    </message>
    <message>
        <source>Consents to mediation</source>
        <translation>同意调解</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Guardian of / agent for</source>
        <translation>监护 / 代理对象</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>授权范围</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请输入姓名或名称。</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 周岁</translation>
    </message>
    <message>
        <source>People&apos;s / lawyer mediation period</source>
        <translation>人民调解／律师调解期限</translation>
    </message>
    <message>
        <source>Public-security mediation period</source>
        <translation>治安调解期限</translation>
    </message>
    <message>
        <source>Public-security mediation: at most</source>
        <translation>治安调解次数上限</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>Decide on acceptance within</source>
        <translation>受理审查期限</translation>
    </message>
    <message>
        <source>Judicial confirmation window</source>
        <translation>司法确认申请期限</translation>
    </message>
    <message>
        <source>Follow-up after a performance deadline</source>
        <translation>履行期限届满后回访</translation>
    </message>
    <message>
        <source>48-hour fast track</source>
        <translation>48小时全流程速裁</translation>
    </message>
    <message>
        <source>First contact (response rate) within</source>
        <translation>首次联系（响应率）时限</translation>
    </message>
    <message>
        <source>12345 ticket: reply due within</source>
        <translation>12345工单答复期限</translation>
    </message>
    <message>
        <source>Dashboard: due soon within</source>
        <translation>工作台“即将到期”范围</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <translation>金额上限</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Highest lawyer-mediation fee</source>
        <translation>律师调解收费上限</translation>
    </message>
    <message>
        <source>Juvenile: under</source>
        <translation>未成年人：不满</translation>
    </message>
    <message>
        <source>Public security: guardian must attend under</source>
        <translation>治安调解：监护人须到场（不满）</translation>
    </message>
    <message>
        <source>Sensitive data: under</source>
        <translation>敏感信息：不满</translation>
    </message>
    <message>
        <source>Restart case numbers every January</source>
        <translation>每年一月重新编号</translation>
    </message>
</context>
<context>
    <name>AdminSettingsPage</name>
    <message>
        <source>Only the administrator can change these settings.</source>
        <extracomment>Only administrators change settings (the services refuse anyone else); others may read them.</extracomment>
        <translation>只有管理员可以修改这些设置。</translation>
    </message>
    <message>
        <source>Save limits</source>
        <extracomment>the versions read of the limits, the organisation and the type codes (stale saves refused)</extracomment>
        <translation>保存期限设置</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <source>Code in case numbers (e.g. 京朝)</source>
        <translation>案号中的机构代字（如 京朝）</translation>
    </message>
    <message>
        <source>Number type code: {track}</source>
        <translation>案号类型代字：{track}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>期限与限额</translation>
    </message>
    <message>
        <source>Dispute categories</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Organisation and numbers</source>
        <translation>组织与案号</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Statistics definitions</source>
        <translation>统计口径</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>名册</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <source>Content</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>案情</translation>
    </message>
    <message>
        <source>Disputed issues</source>
        <translation>争议焦点</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任认定</translation>
    </message>
    <message>
        <source>Agreed terms</source>
        <translation>协议条款</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行</translation>
    </message>
    <message>
        <source>e.g. cash, bank transfer</source>
        <translation>如：现金、银行转账</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限事项</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>履行事项</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the agreement (Ctrl+S)</source>
        <translation>保存协议（Ctrl+S）</translation>
    </message>
    <message>
        <source>Print for signing</source>
        <translation>打印签署</translation>
    </message>
    <message>
        <source>Print the agreement as PDF for the parties to sign</source>
        <translation>生成协议书PDF供当事人签署</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>签署…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>No agreement yet: write it and save.</source>
        <translation>尚无协议：填写后保存。</translation>
    </message>
    <message>
        <source>{number} · version {version} · {state}</source>
        <translation>{number} · 第{version}版 · {state}</translation>
    </message>
    <message numerus="yes">
        <source>Total: {total} in %n instalment(s)</source>
        <translation>
            <numerusform>合计 {total}，共 %n 期</numerusform>
        </translation>
    </message>
    <message>
        <source>The signed version is kept; the correction becomes version {version}. Why is it corrected?</source>
        <translation>已签署的版本将保留，更正后成为第{version}版。更正原因是什么？</translation>
    </message>
    <message>
        <source>Write the agreed terms.</source>
        <translation>请填写协议条款。</translation>
    </message>
    <message>
        <source>Correct the agreement</source>
        <translation>更正协议</translation>
    </message>
    <message>
        <source>Correcting: save to create a new version (a reason is required).</source>
        <translation>更正中：保存后生成新版本（须填写原因）。</translation>
    </message>
    <message>
        <source>Save the agreement before printing.</source>
        <translation>请先保存协议再打印。</translation>
    </message>
    <message>
        <source>Save the agreement before signing.</source>
        <translation>请先保存协议再签署。</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Override reason</source>
        <translation>仍予指派的理由</translation>
    </message>
    <message>
        <source>Assign committee members</source>
        <translation>选派调解委员会成员</translation>
    </message>
    <message>
        <source>Search by name, role, organisation or post</source>
        <translation>按姓名、角色、单位或职务搜索</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation>保留 {name}</translation>
    </message>
    <message>
        <source>No chief mediator yet — choose one</source>
        <translation>尚未指定主持调解员——请选择</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>已选</translation>
    </message>
    <message>
        <source>Role on the case</source>
        <translation>本案角色</translation>
    </message>
    <message>
        <source>Chief mediator</source>
        <translation>主持调解员</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>参与阶段</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Tick one or more members in the list.</source>
        <translation>在列表中勾选一名或多名成员。</translation>
    </message>
    <message>
        <source>Make {name} chief mediator</source>
        <translation>指定 {name} 为主持调解员</translation>
    </message>
    <message>
        <source>Tick at least one member in the list.</source>
        <translation>请在列表中至少勾选一名成员。</translation>
    </message>
    <message>
        <source>Record why the member may still take part, or untick them.</source>
        <translation>请记录该成员仍可参与的理由，或取消勾选。</translation>
    </message>
    <message>
        <source>Choose at least one stage.</source>
        <translation>请至少选择一个阶段。</translation>
    </message>
    <message>
        <source>Conflict of interest:</source>
        <translation>存在利害关系：</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>[hidden]</source>
        <translation>〔已隐去〕</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>AuditViewerPage</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Action, e.g. auth.</source>
        <translation>操作，如 auth.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在校验…</translation>
    </message>
    <message>
        <source>Audit chain intact: %1 events.</source>
        <translation>审计链完整：共 %1 条记录。</translation>
    </message>
    <message>
        <source>Audit chain broken at event %1 (%2).</source>
        <translation>审计链在第 %1 条记录处断开（%2）。</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>Backups are kept in %1 (12 daily, 10 weekly, 9 monthly).</source>
        <translation>备份保存在 %1（保留 12 个每日、10 个每周、9 个每月备份）。</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <source>Server mode: the database is backed up on the server (pg_dump).</source>
        <translation>服务器模式：数据库在服务器上备份（pg_dump）。</translation>
    </message>
    <message>
        <source>Automatic backups are paused until the restored data is confirmed.</source>
        <translation>自动备份已暂停，请先确认恢复后的数据。</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>on exit</source>
        <translation>退出时</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已校验</translation>
    </message>
    <message>
        <source>damaged (%1)</source>
        <translation>已损坏（%1）</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>备份已写入并校验：%1</translation>
    </message>
    <message>
        <source>Replace the current data with the backup made at %1?

The current database is kept aside first. Mediation Desk then starts again; check the data.</source>
        <translation>用 %1 的备份替换当前数据？

当前数据库会先另存一份。恢复后调解工作台将自动重新启动，请核对数据。</translation>
    </message>
    <message>
        <source>The backup was restored. Mediation Desk closes now and starts again on the restored data; confirm it there.</source>
        <translation>备份已恢复。调解工作台现在关闭，并用恢复后的数据重新启动，请在启动后确认数据。</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
</context>
<context>
    <name>CalendarSection</name>
    <message>
        <source>Holiday (no work)</source>
        <translation>休息日（不上班）</translation>
    </message>
    <message>
        <source>Working day (e.g. adjusted Saturday)</source>
        <translation>工作日（如调休上班的周六）</translation>
    </message>
    <message>
        <source>Note, e.g. 国庆节</source>
        <translation>备注，如 国庆节</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Official holidays and adjusted working days are known for {span}. Add corrections below.</source>
        <translation>已内置 {span} 年的法定节假日和调休安排。如需更正，请在下方添加。</translation>
    </message>
    <message>
        <source>Warning: the official holidays of {year} are not known to this version (known: {span}). Enter this year&apos;s holidays and adjusted working days below, or deadlines count only weekends.</source>
        <translation>注意：本版本未内置 {year} 年的法定节假日（已内置：{span}）。请在下方录入本年度的节假日和调休上班日，否则期限只扣除周末。</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>调解类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Chief mediator</source>
        <translation>主办调解员</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收案日期</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一期限</translation>
    </message>
    <message>
        <source>48 h</source>
        <translation>48小时</translation>
    </message>
    <message>
        <source>48-hour fast track: {left}</source>
        <translation>48小时速裁：{left}</translation>
    </message>
    <message>
        <source>{hm} left</source>
        <translation>剩 {hm}</translation>
    </message>
    <message>
        <source>over {hm}</source>
        <translation>超 {hm}</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>调解委员会</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>调解会</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>履行</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Track rules</source>
        <translation>调解类型</translation>
    </message>
    <message>
        <source>12345 &amp; report</source>
        <translation>12345与统计</translation>
    </message>
    <message>
        <source>This case could not be opened.</source>
        <translation>无法打开此案件。</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Search: name, ID number, phone, case no. or text</source>
        <translation>搜索：姓名、证件号码、电话、案号或案情</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收案日期</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新建案件…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>调解类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>共 %1 件</translation>
    </message>
</context>
<context>
    <name>CategoriesSection</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no (hidden for new cases)</source>
        <translation>否（新案件不可选）</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Deactivate / reactivate</source>
        <translation>停用／启用</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Rename category</source>
        <translation>重命名纠纷类型</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>新增纠纷类型</translation>
    </message>
    <message>
        <source>e.g. pets (letters, digits, _)</source>
        <translation>如 pets（小写字母、数字、下划线）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
</context>
<context>
    <name>ChoicesModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>在办案件</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message numerus="yes">
        <source>Unpaid: {amount} on %n instalment(s) ({which}).</source>
        <translation>
            <numerusform>尚未履行：%n期共{amount}（{which}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) not done.</source>
        <translation>
            <numerusform>%n次回访尚未进行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled session(s) never recorded: {when}.</source>
        <translation>
            <numerusform>%n次已安排的调解会未登记记录：{when}。</numerusform>
        </translation>
    </message>
    <message>
        <source>The parties may still apply for judicial confirmation until {day}.</source>
        <translation>当事人仍可在{day}前申请司法确认。</translation>
    </message>
    <message>
        <source>The 48-hour fast track of the police matter has not reached its trial.</source>
        <translation>关联案件的48小时全流程速裁尚未完成审判环节。</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Still open on this case — closing stops its deadlines and reminders:</source>
        <translation>本案仍有未了事项——结案后相关期限和提醒将停止：</translation>
    </message>
    <message>
        <source>Nothing is left open on this case.</source>
        <translation>本案没有未了事项。</translation>
    </message>
    <message>
        <source>Produce the closing report (结案报告表)</source>
        <translation>生成结案报告表</translation>
    </message>
    <message>
        <source>Closing report</source>
        <translation>结案报告表</translation>
    </message>
</context>
<context>
    <name>CommitteeTab</name>
    <message>
        <source>Assign member…</source>
        <translation>指派成员…</translation>
    </message>
    <message>
        <source>Make chief mediator</source>
        <translation>设为主持调解员</translation>
    </message>
    <message>
        <source>Make the selected mediator or lawyer the case&apos;s chief mediator</source>
        <translation>将选中的调解员或律师设为本案主持调解员</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>解除…</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact details of {name}</source>
        <translation>{name}的联系方式</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
</context>
<context>
    <name>Criminal</name>
    <message>
        <source>Caused by a civil dispute</source>
        <translation>因民间纠纷引起</translation>
    </message>
    <message>
        <source>Chapter of the Criminal Law (special part)</source>
        <translation>所涉刑法分则章节</translation>
    </message>
    <message>
        <source>Likely sentence (months)</source>
        <translation>可能判处的刑期（月）</translation>
    </message>
    <message>
        <source>Negligent crime</source>
        <translation>过失犯罪</translation>
    </message>
    <message>
        <source>Intentional crime in the last 5 years</source>
        <translation>五年内曾故意犯罪</translation>
    </message>
    <message>
        <source>A specific victim</source>
        <translation>有特定被害人</translation>
    </message>
    <message>
        <source>Not known yet: {field}.</source>
        <translation>尚未填写：{field}。</translation>
    </message>
    <message>
        <source>The crime was not caused by a civil dispute.</source>
        <translation>该犯罪并非因民间纠纷引起。</translation>
    </message>
    <message>
        <source>Chapter {chapter} is outside chapters 4 and 5 (person and property).</source>
        <translation>第{chapter}章不属于刑法分则第四章、第五章（侵犯人身权利、财产罪）。</translation>
    </message>
    <message>
        <source>A likely sentence of {months} months is above the {maximum} months allowed.</source>
        <translation>可能判处{months}个月，超过可和解的{maximum}个月。</translation>
    </message>
    <message>
        <source>Negligent dereliction of duty (chapter 9) is excluded.</source>
        <translation>渎职犯罪（第九章）中的过失犯罪不适用刑事和解。</translation>
    </message>
    <message>
        <source>The suspect committed an intentional crime in the last 5 years.</source>
        <translation>犯罪嫌疑人五年以内曾经故意犯罪。</translation>
    </message>
    <message>
        <source>There is no specific victim.</source>
        <translation>没有特定被害人。</translation>
    </message>
    <message>
        <source>Not prosecuted</source>
        <translation>不起诉</translation>
    </message>
    <message>
        <source>Prosecuted, leniency recommended</source>
        <translation>起诉并建议从宽</translation>
    </message>
    <message>
        <source>Prosecuted</source>
        <translation>起诉</translation>
    </message>
    <message>
        <source>Returned for further investigation</source>
        <translation>退回补充侦查</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>CriminalSection</name>
    <message>
        <source>Criminal reconciliation</source>
        <translation>刑事和解</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Save checklist</source>
        <translation>保存审查清单</translation>
    </message>
    <message>
        <source>Proceed despite the warnings…</source>
        <translation>仍予和解（须说明理由）…</translation>
    </message>
    <message>
        <source>Keep compensation amounts confidential (lists, statistics, exports)</source>
        <translation>赔偿金额保密（列表、统计、导出中不显示）</translation>
    </message>
    <message>
        <source>e.g. lenient treatment recommended</source>
        <translation>如 建议从宽处理</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>例外处理</translation>
    </message>
    <message>
        <source>Police recommendation</source>
        <translation>公安机关建议</translation>
    </message>
    <message>
        <source>Procuratorate decision</source>
        <translation>检察院决定</translation>
    </message>
    <message>
        <source>None: the case is within the scope of criminal reconciliation.</source>
        <translation>无：本案属于刑事和解适用范围。</translation>
    </message>
    <message>
        <source>Recorded: {reason}</source>
        <translation>已记录：{reason}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{decision} on {at}</source>
        <translation>{at} {decision}</translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation>尚未记录决定。</translation>
    </message>
    <message>
        <source>Proceed despite the warnings</source>
        <translation>仍予和解</translation>
    </message>
    <message>
        <source>Why may this case be reconciled although the checklist warns? The reason is kept on the case and in its history.</source>
        <translation>审查清单有提示，为何仍可和解？理由将记入案件及其历史记录。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>48-hour fast track</source>
        <translation>48小时全流程速裁</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Sessions today</source>
        <translation>今日调解会</translation>
    </message>
    <message>
        <source>Sessions this week</source>
        <translation>本周调解会</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限事项</translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>%n天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n天</numerusform>
        </translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>48-hour clocks</source>
        <translation>48小时速裁计时</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Unpaid instalments due</source>
        <translation>到期未履行款项</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未付金额</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Payer&apos;s phone</source>
        <translation>付款人电话</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Waiting for acceptance</source>
        <translation>待受理</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>逾期%n天</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>%n天后</numerusform>
        </translation>
    </message>
    <message>
        <source>The 48-hour limit has passed.</source>
        <translation>已超过48小时时限。</translation>
    </message>
    <message numerus="yes">
        <source>Less than %n hour(s) left on the 48-hour clock.</source>
        <translation>
            <numerusform>48小时速裁剩余不足%n小时。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stopped (case finished)</source>
        <translation>已停止（案件已结束）</translation>
    </message>
    <message>
        <source>Not applied for</source>
        <translation>未申请</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record a decision of the linked matter</source>
        <translation>记录关联案件的处理决定</translation>
    </message>
    <message>
        <source>e.g. Chaoyang District People&apos;s Procuratorate</source>
        <translation>例如：朝阳区人民检察院</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>决定机关</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>决定机关</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DirectorySection</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>No longer offered for new assignments; the member&apos;s cases keep their records</source>
        <translation>不再供新案件指派；该成员已参与案件的记录保留不变</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>新建单位…</translation>
    </message>
    <message>
        <source>Only directors and administrators can change the directory.</source>
        <translation>只有主任和管理员可以修改名册。</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>调解委员会成员</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Application</source>
        <translation>申请书</translation>
    </message>
    <message>
        <source>Registration form</source>
        <translation>受理登记表</translation>
    </message>
    <message>
        <source>Notice of rights and duties</source>
        <translation>权利义务告知书</translation>
    </message>
    <message>
        <source>Mediation record</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <source>Notice of other routes</source>
        <translation>调解不成告知书</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>调解协议书</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收条</translation>
    </message>
    <message>
        <source>Follow-up record</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Judicial confirmation application</source>
        <translation>司法确认申请书</translation>
    </message>
    <message>
        <source>Closing report</source>
        <translation>结案报告表</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>卷内序号</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为PDF…</translation>
    </message>
    <message>
        <source>Print whole dossier…</source>
        <translation>打印整本卷宗…</translation>
    </message>
    <message>
        <source>Attach signed scan…</source>
        <translation>附上签字扫描件…</translation>
    </message>
    <message>
        <source>Verify agreement…</source>
        <translation>核验协议…</translation>
    </message>
    <message>
        <source>No agreement yet.</source>
        <translation>尚无调解协议。</translation>
    </message>
    <message>
        <source>Agreement: draft. Print it for signature (Print…), then record the signatures.</source>
        <translation>调解协议：草稿。请先打印供签字（打印…），再登记签字情况。</translation>
    </message>
    <message>
        <source>Agreement: printed for signature. Record who signed and when in the Agreement tab.</source>
        <translation>调解协议：已打印待签字。请在“调解协议”页登记签字人和签字时间。</translation>
    </message>
    <message>
        <source>Agreement: signed. Attach the scanned signed copy.</source>
        <translation>调解协议：已签字。请附上签字后的扫描件。</translation>
    </message>
    <message>
        <source>Agreement: signed, scanned copy attached.</source>
        <translation>调解协议：已签字，扫描件已附。</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为PDF</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>卷宗</translation>
    </message>
    <message>
        <source>Generating the dossier…</source>
        <translation>正在生成卷宗…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Generating the dossier: document %1 of %2</source>
        <translation>正在生成卷宗：第%1份，共%2份</translation>
    </message>
    <message>
        <source>Attach the signed agreement</source>
        <translation>附上已签字的调解协议</translation>
    </message>
    <message>
        <source>Scan (%1)</source>
        <translation>扫描件 (%1)</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Files attached to this case.</source>
        <translation>本案附件。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{field} has a value of the wrong kind.</source>
        <translation>{field}的值类型不正确。</translation>
    </message>
    <message>
        <source>{field} must be at least {minimum}.</source>
        <translation>{field}不能小于{minimum}。</translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation>请输入证件号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; this one has {length}.</source>
        <translation>身份证号码应为18位，当前为{length}位。</translation>
    </message>
    <message>
        <source>An ID number has 17 digits followed by a digit or X.</source>
        <translation>身份证号码由17位数字和1位数字或X组成。</translation>
    </message>
    <message>
        <source>The birth date inside this ID number is impossible.</source>
        <translation>该身份证号码中的出生日期不存在。</translation>
    </message>
    <message>
        <source>This ID number is mistyped: the last character should be {expected}.</source>
        <translation>身份证号码有误：校验位应为{expected}。</translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation>电话号码无效。</translation>
    </message>
    <message>
        <source>Enter the unified social credit code.</source>
        <translation>请输入统一社会信用代码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has {length}.</source>
        <translation>统一社会信用代码应为18位，当前为{length}位。</translation>
    </message>
    <message>
        <source>The credit code contains characters that are not allowed (I, O, S, V, Z).</source>
        <translation>信用代码含有不允许的字符（I、O、S、V、Z）。</translation>
    </message>
    <message>
        <source>The credit code starts with an unknown registration authority ({authority}).</source>
        <translation>信用代码的登记管理部门代码（{authority}）不存在。</translation>
    </message>
    <message>
        <source>This credit code is mistyped: the last character should be {expected}.</source>
        <translation>信用代码有误：校验位应为{expected}。</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>This is not an amount of money, e.g. 1200 or 1,200.50.</source>
        <translation>金额格式不正确，例如 1200 或 1,200.50。</translation>
    </message>
    <message>
        <source>The amount must be exact (yuan and fen).</source>
        <translation>金额必须精确到元和分。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>An amount has at most two decimals (fen).</source>
        <translation>金额最多保留两位小数（分）。</translation>
    </message>
    <message>
        <source>The amount is larger than the maximum of {maximum}.</source>
        <translation>金额超过上限{maximum}。</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请输入姓名或名称。</translation>
    </message>
    <message>
        <source>The name contains control characters or line breaks.</source>
        <translation>姓名中含有控制字符或换行。</translation>
    </message>
    <message>
        <source>The name is too long: at most {max} characters, it has {length}.</source>
        <translation>姓名过长：最多{max}个字，当前{length}个字。</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>请填写“{field}”。</translation>
    </message>
    <message>
        <source>{field} contains characters that are not allowed.</source>
        <translation>“{field}”中含有不允许的字符。</translation>
    </message>
    <message>
        <source>{field} is too long: at most {max} characters, it has {length}.</source>
        <translation>“{field}”过长：最多{max}个字，当前{length}个字。</translation>
    </message>
    <message>
        <source>The number is not valid.</source>
        <translation>编号无效。</translation>
    </message>
    <message>
        <source>The field {field} cannot be changed here.</source>
        <translation>此处不能修改“{field}”。</translation>
    </message>
    <message>
        <source>A case needs at least {minimum} principal parties (applicant, respondent, victim or suspect); {given} given.</source>
        <translation>案件至少需要{minimum}名主要当事人（申请人、被申请人、被害人或违法犯罪嫌疑人），当前为{given}名。</translation>
    </message>
    <message>
        <source>{by} changed this case at {at} while you were editing. Your changes were not saved. Reopen the case to see the latest version, then make your change again.</source>
        <translation>在您编辑期间，{by}于{at}修改了本案，您的修改未保存。请重新打开案件查看最新内容后再修改。</translation>
    </message>
    <message>
        <source>The case cannot be closed: {outstanding} is still unpaid. Record the payments or mark the agreement as not performed first.</source>
        <translation>不能结案：尚有{outstanding}未履行。请先登记履行情况，或将协议标记为未履行。</translation>
    </message>
    <message>
        <source>Record a signed (or oral) agreement before marking the agreement as reached.</source>
        <translation>请先登记已签署的协议（或口头协议），再标记为达成协议。</translation>
    </message>
    <message>
        <source>{by} changed this {record} at {at} while you were editing. Your changes were not saved. The latest version is shown now; make your change again.</source>
        <translation>在您编辑期间，{by}于{at}修改了此{record}，您的修改未保存。现已显示最新内容，请重新修改。</translation>
    </message>
    <message>
        <source>Someone else saved the same record at the same moment, so yours was not saved. Look at what is there now and try again.</source>
        <translation>有人在同一时刻保存了相同的记录，您的保存未成功。请查看现有内容后重试。</translation>
    </message>
    <message>
        <source>Someone else changed this record while you were editing. Reopen it and try again.</source>
        <translation>在您编辑期间，他人修改了此记录。请重新打开后再试。</translation>
    </message>
    <message>
        <source>The record no longer exists. It may have been removed by someone else.</source>
        <translation>该记录已不存在，可能已被他人删除。</translation>
    </message>
    <message>
        <source>This person&apos;s record was not found. Enter the person&apos;s details again.</source>
        <translation>未找到此人的记录，请重新填写其信息。</translation>
    </message>
    <message>
        <source>Choose the member&apos;s role on the committee.</source>
        <translation>请选择该成员在调解委员会中的身份。</translation>
    </message>
    <message>
        <source>Another person on record already has this ID number.</source>
        <translation>已有其他人员登记了该身份证号码。</translation>
    </message>
    <message>
        <source>This person is not a committee member.</source>
        <translation>此人不是调解委员会成员。</translation>
    </message>
    <message>
        <source>This member is no longer available. Choose another member.</source>
        <translation>该成员已停用，请选择其他成员。</translation>
    </message>
    <message>
        <source>Choose the kind of organisation.</source>
        <translation>请选择单位类型。</translation>
    </message>
    <message>
        <source>Another organisation already has this credit code.</source>
        <translation>已有其他单位登记了该统一社会信用代码。</translation>
    </message>
    <message>
        <source>This database has no organisation yet. Start Mediation Desk once and create the organisation, then try again.</source>
        <translation>此数据库尚未设立调解组织。请先启动一次调解案件管理系统并创建调解组织，然后重试。</translation>
    </message>
    <message>
        <source>{name} is already on this case. Choose them in the list of people on the case, or enter the ID number if this is another person of the same name.</source>
        <translation>{name}已在本案中。请在本案人员列表中选择此人；如确为同名的另一人，请填写身份证号码。</translation>
    </message>
    <message>
        <source>{name} is already a party of this case as {role}.</source>
        <translation>{name}已是本案的{role}，不能重复添加。</translation>
    </message>
    <message>
        <source>&quot;{part}&quot; is not a party entry: write the role, a colon and the name (申请人：张三).</source>
        <translation>“{part}”不是当事人格式：应写作角色、冒号和姓名（如“申请人：张三”）。</translation>
    </message>
    <message>
        <source>&quot;{part}&quot; is not a party role (applicant, respondent…).</source>
        <translation>“{part}”不是当事人角色（如申请人、被申请人）。</translation>
    </message>
    <message>
        <source>A case that is &quot;{current}&quot; cannot move to &quot;{target}&quot;.</source>
        <translation>处于“{current}”状态的案件不能转为“{target}”。</translation>
    </message>
    <message>
        <source>Give a reason for &quot;{target}&quot;.</source>
        <translation>请填写“{target}”的理由。</translation>
    </message>
    <message>
        <source>This member has an interest in the case ({kind}) and must step aside. To assign them anyway, record the reason for the override.</source>
        <translation>该成员与本案有利害关系（{kind}），应当回避。如仍需指派，请记录理由。</translation>
    </message>
    <message>
        <source>Tick at least one member to assign.</source>
        <translation>请至少勾选一名要选派的成员。</translation>
    </message>
    <message>
        <source>Only a people&apos;s mediator or a lawyer on the case can be its chief mediator.</source>
        <translation>只有本案的人民调解员或律师可以担任主持调解员。</translation>
    </message>
    <message>
        <source>The chief mediator must be a member of this case&apos;s committee. Assign them first.</source>
        <translation>主持调解员必须是本案调解委员会成员，请先选派。</translation>
    </message>
    <message>
        <source>The relation &quot;{kind}&quot; is not one the recusal check knows. Choose a relation from the list.</source>
        <translation>关系“{kind}”不在回避审查的关系类型中，请从列表中选择。</translation>
    </message>
    <message>
        <source>Say in the note what the other relation is.</source>
        <translation>请在备注中说明是何种其他关系。</translation>
    </message>
    <message>
        <source>A person cannot be related to themselves.</source>
        <translation>不能记录一个人与其本人的关系。</translation>
    </message>
    <message>
        <source>This relation between {name} and {other} is already recorded ({kind}).</source>
        <translation>{name}与{other}之间的这一关系（{kind}）已有记录。</translation>
    </message>
    <message>
        <source>Choose at least one stage for the member.</source>
        <translation>请为该成员至少选择一个阶段。</translation>
    </message>
    <message>
        <source>The end date {to_date} is before the start date {from_date}.</source>
        <translation>结束日期{to_date}早于开始日期{from_date}。</translation>
    </message>
    <message>
        <source>Instalment {seq}: the payer and the payee must be parties of this case.</source>
        <translation>第{seq}期：付款人和收款人必须是本案当事人。</translation>
    </message>
    <message>
        <source>This case already has an agreement; revise it instead.</source>
        <translation>本案已有调解协议，请修改原协议。</translation>
    </message>
    <message>
        <source>An agreement can only be drafted while the case is accepted or in mediation (now: &quot;{status}&quot;).</source>
        <translation>只有在受理或调解中的案件才能起草协议（当前：“{status}”）。</translation>
    </message>
    <message>
        <source>This agreement version was replaced by a correction.</source>
        <translation>该版本协议已被更正版本取代。</translation>
    </message>
    <message>
        <source>The agreement is signed: give the reason for the correction.</source>
        <translation>协议已签署：请填写更正理由。</translation>
    </message>
    <message>
        <source>Write the terms of the agreement first.</source>
        <translation>请先填写协议内容。</translation>
    </message>
    <message>
        <source>The agreement is signed and can no longer be changed.</source>
        <translation>协议已签署，不能再修改。</translation>
    </message>
    <message>
        <source>Name who signed the agreement.</source>
        <translation>请填写签署协议的人员。</translation>
    </message>
    <message>
        <source>{name} is under age: their guardian must sign the agreement beside them.</source>
        <translation>{name}未成年：须由其监护人在旁一并签名。</translation>
    </message>
    <message>
        <source>Instalment {seq}: the amount must be more than zero.</source>
        <translation>第{seq}期：金额必须大于零。</translation>
    </message>
    <message>
        <source>Instalment {seq}: payer and payee must be different people.</source>
        <translation>第{seq}期：付款人与收款人不能是同一人。</translation>
    </message>
    <message>
        <source>Obligation {seq} ({description}) has no due date and is not paid on the spot: give it a date or mark it on the spot before printing for signature.</source>
        <translation>第{seq}项履行事项（{description}）既无履行日期，也未标明当场履行：请填写日期或标明当场履行后再打印签署。</translation>
    </message>
    <message>
        <source>Deadline of performance: the box says {stated}, but the obligations end on {derived}. Correct the deadline (or clear it: it is taken from the obligations) before printing.</source>
        <translation>履行期限：填写的是{stated}，但履行事项的最后期限是{derived}。请更正履行期限（或清空，由履行事项自动得出）后再打印。</translation>
    </message>
    <message>
        <source>Performance method: the text says it is paid at once or on the spot, but the obligations are {count} payment(s) with later dates. Correct the method before printing.</source>
        <translation>履行方式：文字写的是一次性或当场履行，但履行事项为{count}期且有以后的日期。请更正履行方式后再打印。</translation>
    </message>
    <message>
        <source>Terms: a clause says it is paid at once or on the spot, but the obligations are {count} payment(s) with later dates. Correct the terms before printing.</source>
        <translation>协议条款：有条款写的是一次性或当场履行，但履行事项为{count}期且有以后的日期。请更正协议条款后再打印。</translation>
    </message>
    <message>
        <source>Performance method: the text speaks of {stated} instalments, but there are {count} obligations. Correct the method or the obligations before printing.</source>
        <translation>履行方式：文字写的是分{stated}期，但履行事项有{count}项。请更正履行方式或履行事项后再打印。</translation>
    </message>
    <message>
        <source>Terms: a clause speaks of {stated} instalments, but there are {count} obligations. Correct the terms or the obligations before printing.</source>
        <translation>协议条款：有条款写的是分{stated}期，但履行事项有{count}项。请更正协议条款或履行事项后再打印。</translation>
    </message>
    <message>
        <source>Performance method: the text states &quot;{stated}&quot;, but the obligations add up to {total_text}. Correct the amount before printing.</source>
        <translation>履行方式：文字写的是“{stated}”，但履行事项合计{total_text}。请更正金额后再打印。</translation>
    </message>
    <message>
        <source>Terms: a clause states &quot;{stated}&quot;, but the obligations add up to {total_text}. Correct the amount before printing.</source>
        <translation>协议条款：有条款写的是“{stated}”，但履行事项合计{total_text}。请更正金额后再打印。</translation>
    </message>
    <message>
        <source>Performance method: the amount in capitals &quot;{stated}&quot; matches no obligation and not the total. Correct it before printing.</source>
        <translation>履行方式：大写金额“{stated}”与任何一项履行事项及合计金额均不相符。请更正后再打印。</translation>
    </message>
    <message>
        <source>Terms: the amount in capitals &quot;{stated}&quot; matches no obligation and not the total. Correct it before printing.</source>
        <translation>协议条款：大写金额“{stated}”与任何一项履行事项及合计金额均不相符。请更正后再打印。</translation>
    </message>
    <message>
        <source>The agreement was printed for signature on {printed}, but is signed on {signed}: the date under the seal must be the signing date. Print it again today and have that copy signed.</source>
        <translation>协议于{printed}打印待签，但签署日期为{signed}：印章下的日期应为签署日期。请今日重新打印，由当事人在新打印的协议上签署。</translation>
    </message>
    <message>
        <source>The payment must be more than zero.</source>
        <translation>付款金额必须大于零。</translation>
    </message>
    <message>
        <source>The payment is more than what is still owed ({remaining}).</source>
        <translation>付款金额超过尚欠金额（{remaining}）。</translation>
    </message>
    <message>
        <source>Payments can be recorded once the agreement is signed.</source>
        <translation>协议签署后才能登记履行。</translation>
    </message>
    <message>
        <source>This instalment belongs to a replaced agreement version.</source>
        <translation>该履行事项属于已被取代的协议版本。</translation>
    </message>
    <message>
        <source>Public-security mediation is not allowed for this case ({reason}). Choose another track or refer the case back to the police.</source>
        <translation>本案不适用治安调解（{reason}）。请选择其他调解类型，或退回公安机关处理。</translation>
    </message>
    <message>
        <source>Public-security mediation allows at most {maximum} sessions.</source>
        <translation>治安调解最多进行{maximum}次。</translation>
    </message>
    <message>
        <source>{party} is under 16: a parent or guardian must attend.</source>
        <translation>{party}未满16周岁：须有父母或其他监护人在场。</translation>
    </message>
    <message>
        <source>A party is under 18: add a guardian or appropriate adult to the case first.</source>
        <translation>有当事人未满18周岁：请先添加法定代理人或合适成年人。</translation>
    </message>
    <message>
        <source>Sessions can only be scheduled for an open case (now: &quot;{status}&quot;).</source>
        <translation>只能为在办案件安排调解会（当前：“{status}”）。</translation>
    </message>
    <message>
        <source>Write the record of the session.</source>
        <translation>请填写调解记录。</translation>
    </message>
    <message>
        <source>Party {index}: the guardian or agent refers to a party that does not exist.</source>
        <translation>当事人{index}：所指的被监护人或委托人不存在。</translation>
    </message>
    <message>
        <source>People&apos;s mediation is free: a fee is only allowed for lawyer mediation.</source>
        <translation>人民调解不收费：只有律师调解可以收费。</translation>
    </message>
    <message>
        <source>The fee is above the maximum of {maximum}.</source>
        <translation>收费超过上限{maximum}。</translation>
    </message>
    <message>
        <source>There is no limit called {name}.</source>
        <translation>没有名为{name}的参数。</translation>
    </message>
    <message>
        <source>The value of {name} has the wrong type.</source>
        <translation>“{name}”的值类型不正确。</translation>
    </message>
    <message>
        <source>{name} must be at least {minimum}.</source>
        <translation>“{name}”不能小于{minimum}。</translation>
    </message>
    <message>
        <source>A category code uses lower-case letters, digits and _ ({value}).</source>
        <translation>纠纷类型代码只能使用小写字母、数字和下划线（{value}）。</translation>
    </message>
    <message>
        <source>The category {value} already exists.</source>
        <translation>纠纷类型 {value} 已存在。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; cannot be used in case numbers (1 to 8 letters).</source>
        <translation>“{value}”不能用于案号（1至8个字）。</translation>
    </message>
    <message>
        <source>Enter the category&apos;s name.</source>
        <translation>请输入纠纷类型名称。</translation>
    </message>
    <message>
        <source>Unknown track {track}.</source>
        <translation>未知的调解类型{track}。</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>请输入单位名称。</translation>
    </message>
    <message>
        <source>{day} already has that working-day setting.</source>
        <translation>{day}已是该工作日设置。</translation>
    </message>
    <message>
        <source>The same committee member or room is already booked at that time:
{details}</source>
        <translation>同一调解人员或调解室在该时段已有安排：
{details}</translation>
    </message>
    <message>
        <source>This session starts at {starts}: it can be recorded once it has been held.</source>
        <translation>本次调解会定于{starts}开始，召开后才能登记记录。</translation>
    </message>
    <message>
        <source>A session must end after it starts.</source>
        <translation>调解会的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Unknown exclusion for public-security mediation: {reason}.</source>
        <translation>未知的治安调解排除情形：{reason}。</translation>
    </message>
    <message>
        <source>&quot;{offence}&quot; is not a minor case the police may mediate (assault, injury, insult, defamation, damaging property, disturbing others, privacy). Choose another track.</source>
        <translation>“{offence}”不属于公安机关可以调解的轻微案件（殴打、伤害、侮辱、诽谤、损毁财物、干扰他人正常生活、侵犯隐私）。请选择其他调解类型。</translation>
    </message>
    <message>
        <source>Public-security mediation needs both parties&apos; consent; not recorded yet for: {parties}.</source>
        <translation>治安调解须经双方当事人同意；尚未记录同意的：{parties}。</translation>
    </message>
    <message>
        <source>Give the reason for proceeding despite the checklist&apos;s warnings.</source>
        <translation>请说明审查清单有提示仍予和解的理由。</translation>
    </message>
    <message>
        <source>The eligibility checklist has warnings: resolve them or record the reason for proceeding (Track rules tab) before accepting the case.</source>
        <translation>刑事和解审查清单有提示：受理前请先处理，或在“调解类型”页记录仍予和解的理由。</translation>
    </message>
    <message>
        <source>Consent is recorded for the parties themselves, not for guardians or agents.</source>
        <translation>同意只能由当事人本人作出，不适用于监护人或代理人。</translation>
    </message>
    <message>
        <source>Public-security mediation cannot be extended.</source>
        <translation>治安调解期限不能延长。</translation>
    </message>
    <message>
        <source>Accept the case before extending its mediation period.</source>
        <translation>请先受理案件，再延长调解期限。</translation>
    </message>
    <message>
        <source>The new end date must be after the current one ({current}).</source>
        <translation>新的截止日期必须晚于当前截止日期（{current}）。</translation>
    </message>
    <message>
        <source>An extension needs every party&apos;s consent; missing: {parties}.</source>
        <translation>延长期限须经各方当事人同意；尚缺：{parties}。</translation>
    </message>
    <message>
        <source>Unknown fast-track step {step}.</source>
        <translation>未知的速裁环节 {step}。</translation>
    </message>
    <message>
        <source>Record &quot;{previous}&quot; before &quot;{step}&quot;.</source>
        <translation>请先记录“{previous}”，再记录“{step}”。</translation>
    </message>
    <message>
        <source>&quot;{step}&quot; cannot be earlier than the step before it.</source>
        <translation>“{step}”的时间不能早于上一环节。</translation>
    </message>
    <message>
        <source>&quot;{step}&quot; cannot lie in the future: enter the time it actually happened.</source>
        <translation>“{step}”不能晚于当前时间：请填写实际发生的时间。</translation>
    </message>
    <message>
        <source>&quot;{step}&quot; cannot be later than the step after it.</source>
        <translation>“{step}”不能晚于其后一个环节。</translation>
    </message>
    <message>
        <source>Unknown way of contact {method}.</source>
        <translation>未知的联系方式 {method}。</translation>
    </message>
    <message>
        <source>A satisfaction can only be recorded when it was asked.</source>
        <translation>只有询问过满意度，才能登记满意度。</translation>
    </message>
    <message>
        <source>This case has no linked police matter.</source>
        <translation>本案没有关联的公安案件。</translation>
    </message>
    <message>
        <source>Unknown decision {decision}.</source>
        <translation>未知的决定 {decision}。</translation>
    </message>
    <message>
        <source>The decision&apos;s date {on} is in the future. Enter the day it was made.</source>
        <translation>决定日期 {on} 晚于今天，请填写作出决定的日期。</translation>
    </message>
    <message>
        <source>Say in the note what the other decision was.</source>
        <translation>请在备注中说明是何种其他决定。</translation>
    </message>
    <message>
        <source>Only a guardian or an appropriate adult can be added here.</source>
        <translation>此处只能添加监护人或合适成年人。</translation>
    </message>
    <message>
        <source>The guardian must be for a party of this case.</source>
        <translation>监护对象必须是本案当事人。</translation>
    </message>
    <message>
        <source>The time of {field} has no time zone.</source>
        <translation>{field}的时间缺少时区。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Mediation Desk. Install the newer version to open it.</source>
        <translation>该数据库由更新版本的调解案件管理系统创建。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>The database path {path} is a folder, not a file.</source>
        <translation>数据库路径{path}是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>The font for printing could not be loaded.</source>
        <translation>无法加载打印字体。</translation>
    </message>
    <message>
        <source>The signing key could not be read.</source>
        <translation>无法读取签名密钥。</translation>
    </message>
    <message>
        <source>Print the agreement for signature first; then record who signed it.</source>
        <translation>请先打印调解协议供当事人签字，再登记签字情况。</translation>
    </message>
    <message>
        <source>Record the signatures first; then attach the scanned signed copy.</source>
        <translation>请先登记签字情况，再附上签字后的扫描件。</translation>
    </message>
    <message>
        <source>A scanned signed copy is already attached to this version of the agreement.</source>
        <translation>该版本的调解协议已附有签字扫描件。</translation>
    </message>
    <message>
        <source>The agreement changed since it was printed. Print it again for signature.</source>
        <translation>调解协议打印后内容已有变动，请重新打印供签字。</translation>
    </message>
    <message>
        <source>This version of the agreement is already archived as signed.</source>
        <translation>该版本的调解协议已作为签字版本存档。</translation>
    </message>
    <message>
        <source>Choose a PDF or an image (PNG, JPEG, TIFF).</source>
        <translation>请选择PDF文件或图片（PNG、JPEG、TIFF）。</translation>
    </message>
    <message>
        <source>The chosen file is empty.</source>
        <translation>所选文件为空。</translation>
    </message>
    <message>
        <source>The scan is too large (at most 100 MB).</source>
        <translation>扫描件过大（最大100 MB）。</translation>
    </message>
    <message>
        <source>This file is too large to check (at most {limit} MB). Nothing was checked.</source>
        <translation>文件过大，无法核验（最大 {limit} MB），未作任何核验。</translation>
    </message>
    <message>
        <source>This PDF has too many pages to be an agreement (at most {limit}). Nothing was checked.</source>
        <translation>此 PDF 页数过多，不像协议书（最多 {limit} 页），未作任何核验。</translation>
    </message>
    <message>
        <source>A page of this PDF is far larger than paper (over {limit} megapixels to read). Nothing was checked.</source>
        <translation>此 PDF 有一页远大于纸张（读取需超过 {limit} 百万像素），未作任何核验。</translation>
    </message>
    <message>
        <source>This image is too large to check (over {limit} megapixels). Scan at 300 dpi or less.</source>
        <translation>图像过大，无法核验（超过 {limit} 百万像素）。请以 300 dpi 或更低分辨率扫描。</translation>
    </message>
    <message>
        <source>A page of this PDF holds far more drawing than an agreement (over {limit} MB once unpacked). Nothing was checked.</source>
        <translation>此 PDF 有一页的绘图内容远多于协议书（解压后超过 {limit} MB），未作任何核验。</translation>
    </message>
    <message>
        <source>Checking this file took longer than {limit} seconds and was stopped. Nothing was checked.</source>
        <translation>核验此文件超过 {limit} 秒，已停止，未作任何核验。</translation>
    </message>
    <message>
        <source>The agreement&apos;s number, date or organisation contains the character &quot;|&quot;, which the QR code cannot carry.</source>
        <translation>协议编号、日期或调解组织名称中含有字符“|”，二维码无法承载。</translation>
    </message>
    <message>
        <source>This workstation has no print spooler (lp). Install the CUPS client, or save as PDF.</source>
        <translation>本机没有打印队列程序（lp）。请安装 CUPS 客户端，或另存为PDF。</translation>
    </message>
    <message>
        <source>The printer &quot;{printer}&quot; did not take the job: {reason}. Nothing was marked printed.</source>
        <translation>打印机“{printer}”未接受打印任务：{reason}。协议未标记为已打印。</translation>
    </message>
    <message>
        <source>The file could not be written to {path}.</source>
        <translation>无法将文件写入 {path}。</translation>
    </message>
    <message>
        <source>PDF files cannot be checked on this computer (pdftoppm is missing). Check a scan or photo instead.</source>
        <translation>本机无法核验PDF文件（缺少pdftoppm），请改为核验扫描件或照片。</translation>
    </message>
    <message>
        <source>hired violence</source>
        <translation>雇凶伤害</translation>
    </message>
    <message>
        <source>group fight</source>
        <translation>结伙斗殴</translation>
    </message>
    <message>
        <source>picking quarrels</source>
        <translation>寻衅滋事</translation>
    </message>
    <message>
        <source>repeat violation</source>
        <translation>多次违法</translation>
    </message>
    <message>
        <source>a party stirred up new trouble</source>
        <translation>当事人滋生事端</translation>
    </message>
    <message>
        <source>the member is a party</source>
        <translation>本人是当事人</translation>
    </message>
    <message>
        <source>kinship with a party</source>
        <translation>与当事人有亲属关系</translation>
    </message>
    <message>
        <source>employer of a party</source>
        <translation>是当事人的用人单位</translation>
    </message>
    <message>
        <source>agent of a party</source>
        <translation>是当事人的代理人</translation>
    </message>
    <message>
        <source>adviser of a party</source>
        <translation>是当事人的顾问</translation>
    </message>
    <message>
        <source>shared interest</source>
        <translation>有共同利益</translation>
    </message>
    <message>
        <source>gifts received</source>
        <translation>收受财物</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>instalment</source>
        <translation>履行期次</translation>
    </message>
    <message>
        <source>mediation session</source>
        <translation>调解会议</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>judicial confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>linked matter</source>
        <translation>关联案件</translation>
    </message>
    <message>
        <source>committee membership</source>
        <translation>调解组成员</translation>
    </message>
    <message>
        <source>person&apos;s details</source>
        <translation>人员信息</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>category</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>The action could not be completed. Please check your input and try again (code: {code}).</source>
        <translation>操作未能完成。请检查输入后重试（代码：{code}）。</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Storage problem</source>
        <translation>存储故障</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>无法执行</translation>
    </message>
    <message>
        <source>Something went wrong inside Mediation Desk. Your saved work is safe; the last action may not have been completed.</source>
        <translation>调解案件管理系统内部出错。已保存的数据是安全的，最后一步操作可能未完成。</translation>
    </message>
    <message>
        <source>Please tell your administrator. The details were written to the log:</source>
        <translation>请告知管理员。详细信息已写入日志：</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Only the sealed-records custodian or the director may unseal a case.</source>
        <translation>只有封存记录管理员或主任可以解除案件封存。</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this.</source>
        <translation>您的角色（{role}）无权执行此操作。</translation>
    </message>
    <message>
        <source>Choose a case first.</source>
        <translation>请先选择案件。</translation>
    </message>
    <message>
        <source>You are not assigned to this case.</source>
        <translation>您未被分配到此案件。</translation>
    </message>
    <message>
        <source>This case belongs to another organisation.</source>
        <translation>此案件属于其他组织。</translation>
    </message>
    <message>
        <source>This record is sealed (juvenile or public-security record). Only the people on the case and the sealed-records custodian may open it.</source>
        <translation>此记录已封存（未成年人或治安违法记录），仅承办人员和封存记录管理员可以查阅。</translation>
    </message>
    <message>
        <source>Your assignment to this case does not cover this stage.</source>
        <translation>您在此案件中的分工不包括这一阶段。</translation>
    </message>
    <message>
        <source>Administrators and auditors do not see case contents.</source>
        <translation>管理员和审计员看不到案件内容。</translation>
    </message>
    <message>
        <source>Record the legal basis before opening this sealed record.</source>
        <translation>查阅封存记录前请先填写法律依据。</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>The user name or password is wrong. {remaining} more attempts before the account is locked.</source>
        <translation>用户名或密码错误。再错 {remaining} 次账号将被锁定。</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords until {until}.</source>
        <translation>密码错误次数过多，账号已锁定至 {until}。</translation>
    </message>
    <message>
        <source>The password must have at least {minimum} characters.</source>
        <translation>密码至少需要 {minimum} 个字符。</translation>
    </message>
    <message>
        <source>The password may have at most {maximum} characters.</source>
        <translation>密码最多 {maximum} 个字符。</translation>
    </message>
    <message>
        <source>An administrator account already exists.</source>
        <translation>管理员账号已存在。</translation>
    </message>
    <message>
        <source>The user name {username} is already taken.</source>
        <translation>用户名 {username} 已被使用。</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Unknown role {role}.</source>
        <translation>未知角色 {role}。</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened.</source>
        <translation>无法打开文件 {path}。</translation>
    </message>
    <message>
        <source>The file is too large to import: at most {maximum} bytes, it has {size}.</source>
        <translation>文件过大，无法导入：最多 {maximum} 字节，该文件有 {size} 字节。</translation>
    </message>
    <message>
        <source>The file {path} is not an Excel workbook (.xlsx).</source>
        <translation>文件 {path} 不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>The workbook would unpack to far more data than a ledger holds ({part}); it was not opened.</source>
        <translation>该工作簿解压后的数据量远超台账应有的大小（{part}），未予打开。</translation>
    </message>
    <message>
        <source>The ledger has more than {maximum} rows; split it into several files.</source>
        <translation>台账超过 {maximum} 行，请拆分为多个文件。</translation>
    </message>
    <message>
        <source>This case number is already used here by a different dispute (other parties); the row was not imported.</source>
        <translation>本库中该案件编号已属于另一起纠纷（当事人不同），此行未导入。</translation>
    </message>
    <message>
        <source>This case number appears twice in the file.</source>
        <translation>该案件编号在文件中出现了两次。</translation>
    </message>
    <message>
        <source>The column {field} is missing from the header row.</source>
        <translation>表头缺少“{field}”列。</translation>
    </message>
    <message>
        <source>{field} is not a date (YYYY-MM-DD).</source>
        <translation>{field}不是日期（格式：年-月-日）。</translation>
    </message>
    <message>
        <source>The acceptance date is before the date received.</source>
        <translation>受理日期早于登记日期。</translation>
    </message>
    <message>
        <source>The closing date is before the acceptance date.</source>
        <translation>结案日期早于受理日期。</translation>
    </message>
    <message>
        <source>Unknown dispute category.</source>
        <translation>未知的纠纷类型。</translation>
    </message>
    <message>
        <source>Unknown case source.</source>
        <translation>未知的案件来源。</translation>
    </message>
    <message>
        <source>Unknown mediation type.</source>
        <translation>未知的调解类型。</translation>
    </message>
    <message>
        <source>Unknown mediation result.</source>
        <translation>未知的调解结果。</translation>
    </message>
    <message>
        <source>A case still open cannot have a closing date.</source>
        <translation>尚未结案的案件不能有结案日期。</translation>
    </message>
    <message>
        <source>A declined case cannot have an acceptance date.</source>
        <translation>不予受理的案件不能有受理日期。</translation>
    </message>
    <message>
        <source>The performance entry does not fit the result.</source>
        <translation>履行情况与调解结果不符。</translation>
    </message>
    <message>
        <source>A closed case with an agreement needs its performance (performed or not).</source>
        <translation>已结案且达成协议的案件须填写履行情况（已履行或未履行）。</translation>
    </message>
    <message>
        <source>Marked as performed, but the amount paid differs from the amount agreed.</source>
        <translation>标为已履行，但已履行金额与协议金额不符。</translation>
    </message>
    <message>
        <source>Either both amounts are confidential (保密) or neither.</source>
        <translation>两项金额须同时为“保密”或同时不保密。</translation>
    </message>
    <message>
        <source>Agreement details are given, but the result is not an agreement.</source>
        <translation>填写了协议信息，但调解结果不是调解成功。</translation>
    </message>
    <message>
        <source>Unknown satisfaction level.</source>
        <translation>未知的满意度。</translation>
    </message>
    <message>
        <source>Write each party as role：name (ID number), separated by ；.</source>
        <translation>每位当事人写作“身份：姓名（证件号码）”，以“；”分隔。</translation>
    </message>
    <message>
        <source>Unknown party role.</source>
        <translation>未知的当事人身份。</translation>
    </message>
    <message>
        <source>The backup {path} is damaged and cannot be used ({reason}).</source>
        <translation>备份 {path} 已损坏，无法使用（{reason}）。</translation>
    </message>
    <message>
        <source>The backup file {path} does not exist.</source>
        <translation>备份文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {detail}</source>
        <translation>无法将备份写入 {path}：{detail}</translation>
    </message>
    <message>
        <source>This backup was made by another installation of Mediation Desk. It was not restored.</source>
        <translation>此备份来自另一套调解工作台安装，未予恢复。</translation>
    </message>
    <message>
        <source>This backup was sealed by another installation of Mediation Desk (key {key_id}), so this computer cannot prove it was not changed. It was not restored. To restore it, an administrator copies that installation&apos;s seal key (keys/backup-seal.key) into keys/trusted-backup-keys/ here, or restores it from the command line with --seal-key.</source>
        <translation>此备份由另一套调解工作台安装封签（密钥 {key_id}），本机无法证明其未被改动，未予恢复。如需恢复，请管理员将该安装的封签密钥（keys/backup-seal.key）复制到本机的 keys/trusted-backup-keys/ 文件夹，或在命令行中使用 --seal-key 恢复。</translation>
    </message>
    <message>
        <source>This backup carries no installation seal (made before version 0.4, or rebuilt by someone), so it cannot be proved unchanged. It was not restored. An administrator who knows where it came from can restore it from the command line with --trust-unverified.</source>
        <translation>此备份没有安装封签（0.4 版以前制作，或已被他人重新打包），无法证明其未被改动，未予恢复。确知其来源的管理员可在命令行中使用 --trust-unverified 恢复。</translation>
    </message>
    <message>
        <source>The database folder {path} could not be created: {detail}</source>
        <translation>无法创建数据库文件夹 {path}：{detail}</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Nothing was changed. Free some space (or choose another folder) and try again.</source>
        <translation>{path} 所在磁盘已满，未作任何更改。请释放空间（或选择其他文件夹）后重试。</translation>
    </message>
    <message>
        <source>{path} is read-only, so nothing could be written there. Nothing was changed. Choose a folder you may write to, or ask your administrator for write permission.</source>
        <translation>{path} 为只读，无法写入，未作任何更改。请选择可写入的文件夹，或请管理员授予写入权限。</translation>
    </message>
    <message>
        <source>The database {path} is read-only (the file or its folder cannot be written). It is not damaged. Mediation Desk cannot open it: even reading records who opened what in the audit log. Ask your administrator for write permission to the file and its folder, or copy the file to a folder you may write to.</source>
        <translation>数据库 {path} 为只读（文件或其所在文件夹不可写入），数据库并未损坏。调解工作台无法打开它：即使只是查阅，也要在审计日志中记录谁查看了什么。请管理员授予该文件及其文件夹的写入权限，或将文件复制到可写入的文件夹。</translation>
    </message>
    <message>
        <source>In server mode the database is backed up on the server (pg_dump); see the server-mode guide.</source>
        <translation>服务器模式下请在服务器上备份数据库（pg_dump），详见服务器模式说明。</translation>
    </message>
    <message>
        <source>In server mode the database is restored on the server (pg_restore); see the server-mode guide.</source>
        <translation>服务器模式下请在服务器上恢复数据库（pg_restore），详见服务器模式说明。</translation>
    </message>
    <message>
        <source>The database is damaged ({detail}); a backup of it would be useless. Restore a backup instead.</source>
        <translation>数据库已损坏（{detail}），对其备份没有意义。请改为恢复备份。</translation>
    </message>
    <message>
        <source>There is no database file at {path} to back up.</source>
        <translation>{path} 处没有可备份的数据库文件。</translation>
    </message>
    <message>
        <source>The database {path} is on a network drive ({fstype}). A database file on a shared drive can be damaged when several computers use it. Keep it on this computer&apos;s own disk, or use server mode (a PostgreSQL server) for several workstations.</source>
        <translation>数据库 {path} 位于网络驱动器（{fstype}）上。多台电脑同时使用共享盘上的数据库文件可能将其损坏。请将其放在本机磁盘上；多台工作站请使用服务器模式（PostgreSQL 服务器）。</translation>
    </message>
    <message>
        <source>The database is damaged; Mediation Desk saves no more changes to it. Restore the newest verified backup when Mediation Desk offers it.</source>
        <translation>数据库已损坏，调解工作台不再向其保存任何更改。请在调解工作台提示时恢复最新的已校验备份。</translation>
    </message>
    <message>
        <source>The database server cannot be reached ({detail}). Check the network and that the server is running, then start Mediation Desk again.</source>
        <translation>无法连接数据库服务器（{detail}）。请检查网络和服务器是否运行，然后重新启动调解工作台。</translation>
    </message>
    <message>
        <source>The file {path} could not be written ({reason}). Check that the folder exists and is writable and that the disk is not full.</source>
        <translation>无法写入文件 {path}（{reason}）。请检查文件夹是否存在、是否可写，以及磁盘空间是否已满。</translation>
    </message>
    <message>
        <source>Enter the legal basis for opening this sealed record.</source>
        <translation>请填写查阅此封存记录的法律依据。</translation>
    </message>
    <message>
        <source>This case is not sealed.</source>
        <translation>此案件未封存。</translation>
    </message>
    <message>
        <source>Enter why the full ID number is needed.</source>
        <translation>请填写需要查看完整证件号的理由。</translation>
    </message>
    <message>
        <source>Only a SQLite database file can be copied to a server.</source>
        <translation>只能将 SQLite 数据库文件复制到服务器。</translation>
    </message>
    <message>
        <source>The target must be a PostgreSQL server address.</source>
        <translation>目标必须是 PostgreSQL 服务器地址。</translation>
    </message>
    <message>
        <source>The server database already holds data ({tables}).</source>
        <translation>服务器数据库中已有数据（{tables}）。</translation>
    </message>
    <message>
        <source>The copy on the server differs from the original ({tables}). Do not use it; try again.</source>
        <translation>服务器上的副本与原数据不一致（{tables}）。请勿使用，请重试。</translation>
    </message>
    <message>
        <source>Unknown reporting period ({kind}).</source>
        <translation>未知的统计周期（{kind}）。</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>统计期间的结束日期（{end}）早于开始日期（{start}）。</translation>
    </message>
    <message>
        <source>The time for a timely response must be at least one hour (entered: {value}).</source>
        <translation>及时响应时限至少为1小时（当前输入：{value}）。</translation>
    </message>
    <message>
        <source>The resolution rate&apos;s base must count resolved cases (chosen: {value}).</source>
        <translation>解决率的分母必须包含调解成功的案件（当前选择：{value}）。</translation>
    </message>
    <message>
        <source>Choose at least one return-visit answer that counts as satisfied.</source>
        <translation>请至少选择一种计为满意的回访答复。</translation>
    </message>
    <message>
        <source>Unknown base for the resolution rate ({value}).</source>
        <translation>未知的解决率计算基数（{value}）。</translation>
    </message>
    <message>
        <source>The 12345 ticket number must be 4 to 40 letters, digits or - _ / (entered: {value}).</source>
        <translation>12345工单号应为4至40位字母、数字或 - _ /（输入的是：{value}）。</translation>
    </message>
    <message>
        <source>The time of {field} lies in the future.</source>
        <translation>{field}的时间晚于当前时间。</translation>
    </message>
    <message>
        <source>The time of {field} is earlier than {before}.</source>
        <translation>{field}的时间早于{before}。</translation>
    </message>
    <message>
        <source>Only a case from the 12345 hotline has a ticket (this case&apos;s source: {source}).</source>
        <translation>只有来源为12345热线的案件才有工单（本案来源：{source}）。</translation>
    </message>
    <message>
        <source>Ticket {ticket_no} is already recorded on another case.</source>
        <translation>工单号{ticket_no}已登记在另一案件上。</translation>
    </message>
    <message>
        <source>The ticket has been responded to; its number and times can no longer be changed.</source>
        <translation>该工单已响应，工单号和接单时间不能再修改。</translation>
    </message>
    <message>
        <source>This case has no 12345 ticket yet.</source>
        <translation>本案尚未登记12345工单。</translation>
    </message>
    <message>
        <source>Enter the reply given to the hotline.</source>
        <translation>请填写向热线平台答复的内容。</translation>
    </message>
    <message>
        <source>Record the first response before the reply.</source>
        <translation>请先登记首次响应，再登记答复。</translation>
    </message>
    <message>
        <source>Record the reply before the return visit.</source>
        <translation>请先登记答复，再登记回访结果。</translation>
    </message>
    <message>
        <source>Disputes found must be a number from 0 to 10,000 (entered: {value}).</source>
        <translation>排查发现的纠纷数应为0至10000之间的数字（输入的是：{value}）。</translation>
    </message>
    <message>
        <source>The screening date lies in the future.</source>
        <translation>排查日期晚于今天。</translation>
    </message>
    <message>
        <source>The number of persons must be from 1 to 100,000 when the box is ticked (entered: {value}).</source>
        <translation>勾选后人数应为1至100000（输入的是：{value}）。</translation>
    </message>
    <message>
        <source>Unknown official source ({value}).</source>
        <translation>未知的统计来源（{value}）。</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the mediation period</source>
        <translation>延长调解期限</translation>
    </message>
    <message>
        <source>New end date</source>
        <translation>新的截止日期</translation>
    </message>
    <message>
        <source>{name} ({role}) consents</source>
        <translation>{name}（{role}）同意</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Both parties must consent to an extension: tick each party&apos;s consent.</source>
        <translation>延长期限须经双方当事人同意：请逐一勾选。</translation>
    </message>
</context>
<context>
    <name>FastTrackClock</name>
    <message>
        <source>48-hour fast track</source>
        <translation>48小时全流程速裁</translation>
    </message>
    <message>
        <source>Record time…</source>
        <translation>登记时间…</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <source>The clock starts with the summons.</source>
        <translation>自传唤到案起计时。</translation>
    </message>
    <message>
        <source>Limit: {hours} hours from the summons.</source>
        <translation>时限：自传唤到案起 {hours} 小时。</translation>
    </message>
    <message>
        <source>Limit: {hours} hours, until {due}.</source>
        <translation>时限：{hours} 小时，至 {due}。</translation>
    </message>
    <message>
        <source>Completed in {span}.</source>
        <translation>用时 {span} 完成。</translation>
    </message>
    <message>
        <source>(over the limit)</source>
        <translation>（已超时）</translation>
    </message>
    <message>
        <source>Remaining: {span}</source>
        <translation>剩余 {span}</translation>
    </message>
    <message>
        <source>Overdue by {span}</source>
        <translation>已超时 {span}</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收案</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待受理</translation>
    </message>
    <message>
        <source>In mediation</source>
        <translation>调解中</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>响应率</translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation>解决率</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>协议金额</translation>
    </message>
    <message>
        <source>Avg. days</source>
        <translation>平均天数</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>全部案件</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（未指定）</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator account</source>
        <translation>创建管理员账号</translation>
    </message>
    <message>
        <source>The administrator manages user accounts, settings and backups. Case contents are not visible to this account.</source>
        <translation>管理员负责用户账号、设置和备份，此账号看不到案件内容。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Mediation Desk</source>
        <translation>欢迎使用调解案件管理系统</translation>
    </message>
    <message>
        <source>A new database was created at:
%1

Name the mediation organisation that works with it. Its short code appears in every case number, e.g. （2026）京朝调字第0001号.</source>
        <translation>已在以下位置新建数据库：
%1

请填写使用本系统的调解组织名称。其简称代码将出现在每个案号中，例如（2026）京朝调字第0001号。</translation>
    </message>
    <message>
        <source>e.g. 朝阳区人民调解委员会</source>
        <translation>例如：朝阳区人民调解委员会</translation>
    </message>
    <message>
        <source>e.g. 京朝</source>
        <translation>例如：京朝</translation>
    </message>
    <message>
        <source>Fill with demo cases to try the app</source>
        <translation>生成演示案件以便试用</translation>
    </message>
    <message>
        <source> cases</source>
        <translation> 件</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <source>Code for case numbers</source>
        <translation>案号代码</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>请输入单位名称。</translation>
    </message>
    <message>
        <source>Enter a short code, e.g. 京朝.</source>
        <translation>请输入简称代码，例如：京朝。</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Record follow-up</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>Name of the person reached</source>
        <translation>被回访人姓名</translation>
    </message>
    <message>
        <source>Asked, no answer</source>
        <translation>已询问，未作答</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>回访对象</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Enter who was contacted.</source>
        <translation>请填写回访对象。</translation>
    </message>
    <message>
        <source>Choose how they were contacted.</source>
        <translation>请选择回访方式。</translation>
    </message>
    <message>
        <source>Choose what was found of the performance.</source>
        <translation>请选择履行情况。</translation>
    </message>
    <message>
        <source>Choose the satisfaction answer, or that it was not asked.</source>
        <translation>请选择满意度，或选择“未询问”。</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>Done at</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>回访对象</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行情况</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>FollowUpsTab</name>
    <message>
        <source>Record follow-up…</source>
        <translation>记录回访…</translation>
    </message>
</context>
<context>
    <name>FullListDialog</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s). Double-click a line to open it.</source>
        <translation>
            <numerusform>共%n条。双击一行打开。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuardianDialog</name>
    <message>
        <source>Add guardian or appropriate adult</source>
        <translation>添加监护人或合适成年人</translation>
    </message>
    <message>
        <source>18-character resident ID (optional)</source>
        <translation>18位居民身份证号码（可不填）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>For</source>
        <translation>监护对象</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请输入姓名或名称。</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Status history</source>
        <translation>状态变更记录</translation>
    </message>
    <message>
        <source>Audit timeline</source>
        <translation>操作日志</translation>
    </message>
</context>
<context>
    <name>HotlineBox</name>
    <message>
        <source>12345 ticket</source>
        <translation>12345工单</translation>
    </message>
    <message>
        <source>e.g. BJ20261207-000123</source>
        <translation>例如 BJ20261207-000123</translation>
    </message>
    <message>
        <source>The platform set another reply deadline:</source>
        <translation>平台另定答复期限：</translation>
    </message>
    <message>
        <source>Ticket no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Received by the platform</source>
        <translation>平台派单时间</translation>
    </message>
</context>
<context>
    <name>HotlinePanel</name>
    <message>
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>已过小时</translation>
    </message>
    <message>
        <source>return visits</source>
        <translation>已回访工单数</translation>
    </message>
    <message>
        <source>tickets received</source>
        <translation>接单数</translation>
    </message>
    <message>
        <source>Tickets received: %1</source>
        <translation>接单：%1件</translation>
    </message>
    <message>
        <source>Response rate %1: first response within %2 h ÷ tickets received</source>
        <translation>响应率 %1：接单后%2小时内首次响应数 ÷ 接单数</translation>
    </message>
    <message>
        <source>Resolution rate %1: resolved at the return visit ÷ %2</source>
        <translation>解决率 %1：回访表示已解决数 ÷ %2</translation>
    </message>
    <message>
        <source>Satisfaction rate %1: %2 ÷ ratings given</source>
        <translation>满意率 %1：（%2）÷ 有评价数</translation>
    </message>
    <message>
        <source>Received %1 = on time %2 + late %3 + overdue, no response %4 + waiting %5</source>
        <translation>接单%1 = 按时响应%2 + 超时响应%3 + 超时未响应%4 + 时限内待响应%5</translation>
    </message>
    <message>
        <source>Received %1 = resolved %2 + not resolved %3 + not visited %4</source>
        <translation>接单%1 = 回访已解决%2 + 回访未解决%3 + 未回访%4</translation>
    </message>
    <message>
        <source>Today (%1): %2 new tickets, %3 responses overdue (limit %4 h):</source>
        <translation>今日（%1）：新接工单%2件，超时未响应%3件（时限%4小时）：</translation>
    </message>
</context>
<context>
    <name>InstalmentEntry</name>
    <message>
        <source>e.g. 600 or 1,200.00</source>
        <translation>如 600 或 1,200.00</translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation>当场履行</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Two instalments</source>
        <translation>分两期</translation>
    </message>
    <message>
        <source>Split the amount into two halves, the second due a month later</source>
        <translation>将金额平分为两期，第二期晚一个月到期</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Payer and payee must be two different parties.</source>
        <translation>付款人和收款人须为不同当事人。</translation>
    </message>
</context>
<context>
    <name>InstalmentsModel</name>
    <message>
        <source>No.</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation>当场履行</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>Leave empty to use the parties&apos; names and the category</source>
        <translation>留空则按当事人姓名和纠纷类型自动生成</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>调解类型</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收案日期</translation>
    </message>
    <message>
        <source>Linked police matter</source>
        <translation>关联案件</translation>
    </message>
    <message>
        <source>Police case no.</source>
        <translation>公安案件编号</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>罪名/案由</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>办理程序</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>诉讼阶段</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>案情</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>当事人(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Facts and claims</source>
        <translation>案情与请求(&amp;F)</translation>
    </message>
    <message>
        <source>%1 is under 18: add a guardian or an appropriate adult.</source>
        <translation>%1未满18周岁：请添加法定代理人或合适成年人。</translation>
    </message>
    <message>
        <source>%1 is under 18: add a guardian or an appropriate adult before saving.</source>
        <translation>%1未满18周岁：保存前请添加法定代理人或合适成年人。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>JuvenileBanner</name>
    <message>
        <source>Add guardian / appropriate adult…</source>
        <translation>添加监护人／合适成年人…</translation>
    </message>
    <message>
        <source>{name} (aged {age} at the time)</source>
        <translation>{name}（事发时{age}岁）</translation>
    </message>
    <message>
        <source>Juvenile case: {names}.</source>
        <translation>未成年人案件：{names}。</translation>
    </message>
    <message>
        <source>Guardian / appropriate adult: {names}.</source>
        <translation>监护人／合适成年人：{names}。</translation>
    </message>
    <message>
        <source>No guardian or appropriate adult yet: sessions cannot be recorded until one is added.</source>
        <translation>尚无监护人或合适成年人：添加之前不能记录调解会。</translation>
    </message>
    <message>
        <source>Under {age}: a parent or guardian must attend every session ({names}).</source>
        <translation>不满{age}周岁：每次调解须有父母或监护人在场（{names}）。</translation>
    </message>
    <message>
        <source>Under {age}, data is sensitive: {names}.</source>
        <translation>不满{age}周岁，个人信息为敏感信息：{names}。</translation>
    </message>
    <message>
        <source>A social worker may join the committee.</source>
        <translation>可邀请社工参加调解。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>People&apos;s mediation</source>
        <translation>人民调解</translation>
    </message>
    <message>
        <source>Public-security mediation</source>
        <translation>治安调解</translation>
    </message>
    <message>
        <source>Criminal reconciliation</source>
        <translation>刑事和解</translation>
    </message>
    <message>
        <source>Lawyer mediation</source>
        <translation>律师调解</translation>
    </message>
    <message>
        <source>Pre-litigation mediation</source>
        <translation>诉前调解</translation>
    </message>
    <message>
        <source>Party application</source>
        <translation>当事人申请</translation>
    </message>
    <message>
        <source>Committee initiative</source>
        <translation>主动调解</translation>
    </message>
    <message>
        <source>Police referral</source>
        <translation>公安机关移交</translation>
    </message>
    <message>
        <source>12345 hotline</source>
        <translation>12345热线</translation>
    </message>
    <message>
        <source>110 police call</source>
        <translation>110警情</translation>
    </message>
    <message>
        <source>Court entrustment</source>
        <translation>法院委托</translation>
    </message>
    <message>
        <source>Procuratorate referral</source>
        <translation>检察院移送</translation>
    </message>
    <message>
        <source>Government assignment</source>
        <translation>政府部门指定</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>In mediation</source>
        <translation>调解中</translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <source>Mediation failed</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Performing</source>
        <translation>履行中</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>Not performed</source>
        <translation>未履行</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>被害人</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>违法犯罪嫌疑人</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>法定代理人</translation>
    </message>
    <message>
        <source>Appropriate adult</source>
        <translation>合适成年人</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>委托代理人</translation>
    </message>
    <message>
        <source>People&apos;s mediator</source>
        <translation>人民调解员</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>律师</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>检察官</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>法官</translation>
    </message>
    <message>
        <source>Police officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>社工</translation>
    </message>
    <message>
        <source>Invited person</source>
        <translation>邀请人员</translation>
    </message>
    <message>
        <source>Non-prosecution</source>
        <translation>不起诉</translation>
    </message>
    <message>
        <source>Case withdrawn</source>
        <translation>撤案</translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation>判决</translation>
    </message>
    <message>
        <source>Administrative penalty</source>
        <translation>行政处罚</translation>
    </message>
    <message>
        <source>Other decision</source>
        <translation>其他决定</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>亲属</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>雇佣</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>顾问</translation>
    </message>
    <message>
        <source>Shared interest</source>
        <translation>利害关系</translation>
    </message>
    <message>
        <source>Gifts received</source>
        <translation>收受财物</translation>
    </message>
    <message>
        <source>Other relation</source>
        <translation>其他关系</translation>
    </message>
    <message>
        <source>Is a party</source>
        <translation>本人是当事人</translation>
    </message>
    <message>
        <source>Mediation committee</source>
        <translation>人民调解委员会</translation>
    </message>
    <message>
        <source>Lawyer mediation studio</source>
        <translation>律师调解工作室</translation>
    </message>
    <message>
        <source>Police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <source>Case-handling centre</source>
        <translation>执法办案管理中心</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>人民法院</translation>
    </message>
    <message>
        <source>Procuratorate</source>
        <translation>人民检察院</translation>
    </message>
    <message>
        <source>Law firm</source>
        <translation>律师事务所</translation>
    </message>
    <message>
        <source>Social-work centre</source>
        <translation>社会工作服务中心</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Hong Kong/Macao permit</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Taiwan permit</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Foreign permanent residence ID</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>48-hour fast track</source>
        <translation>48小时全流程速裁</translation>
    </message>
    <message>
        <source>Ordinary fast track</source>
        <translation>普通程序快速办理</translation>
    </message>
    <message>
        <source>Relatively non-prosecution</source>
        <translation>相对不起诉</translation>
    </message>
    <message>
        <source>Bail pending trial</source>
        <translation>取保候审</translation>
    </message>
    <message>
        <source>Administrative case</source>
        <translation>治安案件</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Summoned</source>
        <translation>传唤到案</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>侦查</translation>
    </message>
    <message>
        <source>Review for prosecution</source>
        <translation>审查起诉</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>审判</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Decide on acceptance</source>
        <translation>决定是否受理</translation>
    </message>
    <message>
        <source>Mediation period ends</source>
        <translation>调解期限届满</translation>
    </message>
    <message>
        <source>Record the session</source>
        <translation>填写调解记录</translation>
    </message>
    <message>
        <source>Fast track: investigation</source>
        <translation>速裁：侦查</translation>
    </message>
    <message>
        <source>Fast track: review for prosecution</source>
        <translation>速裁：审查起诉</translation>
    </message>
    <message>
        <source>Fast track: trial</source>
        <translation>速裁：审判</translation>
    </message>
    <message>
        <source>Instalment due</source>
        <translation>履行期限届至</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>回访期限届至</translation>
    </message>
    <message>
        <source>Judicial confirmation window</source>
        <translation>司法确认申请期限</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>案情</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <source>Disputed issues</source>
        <translation>争议焦点</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任认定</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>笔录</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Police case no.</source>
        <translation>公安案件编号</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>罪名/案由</translation>
    </message>
    <message>
        <source>Scope of authority</source>
        <translation>代理权限</translation>
    </message>
    <message>
        <source>Eligibility override</source>
        <translation>适用条件例外理由</translation>
    </message>
    <message>
        <source>Performance method</source>
        <translation>履行方式</translation>
    </message>
    <message>
        <source>Performance place</source>
        <translation>履行地点</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>赔礼道歉</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>No.</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未付金额</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>部分履行</translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation>当场履行</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在办</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked — Mediation Desk</source>
        <translation>已锁定 — 调解工作台</translation>
    </message>
    <message>
        <source>The screen is locked. Enter the password of %1 to continue.</source>
        <translation>屏幕已锁定。请输入 %1 的密码继续。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Mediation Desk</source>
        <translation>登录 — 调解工作台</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Mediation Desk</source>
        <translation>调解案件管理系统</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员库</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <extracomment>Administrators and auditors never see case contents (policy): case pages are hidden.</extracomment>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>当前用户：%1</translation>
    </message>
    <message>
        <source>Administrators and auditors do not see case contents.</source>
        <translation>管理员和审计员看不到案件内容。</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新建案件…</translation>
    </message>
    <message>
        <source>Find case</source>
        <translation>查找案件</translation>
    </message>
    <message>
        <source>Close tab</source>
        <translation>关闭标签页</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Verify agreement…</source>
        <translation>核验调解协议…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>About Mediation Desk…</source>
        <translation>关于调解案件管理…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Backup and restore…</source>
        <translation>备份与恢复…</translation>
    </message>
    <message>
        <source>User accounts…</source>
        <translation>用户账号…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>MatterDecisionsSection</name>
    <message>
        <source>Linked criminal or administrative matter: decisions</source>
        <translation>关联刑事/行政案件：处理决定</translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation>记录决定…</translation>
    </message>
    <message>
        <source>Police case no. {no} · {charge}</source>
        <translation>公安案件编号 {no} · {charge}</translation>
    </message>
    <message>
        <source>No linked matter recorded yet; recording a decision creates it.</source>
        <translation>尚未登记关联案件；记录决定时将自动登记。</translation>
    </message>
</context>
<context>
    <name>MediationPeriodSection</name>
    <message>
        <source>Mediation period</source>
        <translation>调解期限</translation>
    </message>
    <message>
        <source>Extend (both parties consent)…</source>
        <translation>延长（双方同意）…</translation>
    </message>
    <message>
        <source>Save fee</source>
        <translation>保存收费</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>Lawyer-mediation fee</source>
        <translation>律师调解收费</translation>
    </message>
    <message>
        <source>{days} days from acceptance (not accepted yet)</source>
        <translation>自受理之日起 {days} 天（尚未受理）</translation>
    </message>
    <message>
        <source>(extended with both parties&apos; consent)</source>
        <translation>（经双方同意延长）</translation>
    </message>
    <message>
        <source>{days} days once the agreement takes effect</source>
        <translation>协议生效后 {days} 天内</translation>
    </message>
    <message>
        <source>Applied for.</source>
        <translation>已申请。</translation>
    </message>
    <message>
        <source>Expired on {day} (optional: not an overdue task)</source>
        <translation>已过期（{day}；可选事项，不算逾期）</translation>
    </message>
    <message>
        <source>The parties may apply jointly until {day} — {left}</source>
        <translation>双方可于 {day} 前共同申请 — {left}</translation>
    </message>
    <message>
        <source>at most {maximum}</source>
        <translation>不超过 {maximum}</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <source>Add committee member</source>
        <translation>添加调解委员会成员</translation>
    </message>
    <message>
        <source>Edit committee member</source>
        <translation>修改调解委员会成员</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>e.g. judge of the civil division, social worker</source>
        <translation>如：民事审判庭法官、社工</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请填写姓名。</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>参与阶段</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Recusal override</source>
        <translation>回避例外理由</translation>
    </message>
    <message>
        <source>{role}, chief mediator</source>
        <translation>{role}（主持调解）</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>调委会成员</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>pending</source>
        <translation>待受理</translation>
    </message>
    <message>
        <source>in mediation</source>
        <translation>调解中</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Response rate = first contact within %1 h of receipt ÷ cases received: %2</source>
        <translation>响应率 = 收案后%1小时内首次联系数 ÷ 收案数：%2</translation>
    </message>
    <message>
        <source>Resolution rate = resolved ÷ concluded (%1), of the cases received: %2</source>
        <translation>解决率 = 调解成功数 ÷ 办结数（%1），均为本期收案：%2</translation>
    </message>
    <message>
        <source>Satisfaction rate = follow-ups answered %1 ÷ follow-ups answered: %2</source>
        <translation>满意率 = 本期回访答复为%1的次数 ÷ 回访答复次数：%2</translation>
    </message>
    <message>
        <source>Received %1 = %2 (each case once, by its current outcome)</source>
        <translation>收案%1 = %2（每件案件按当前结果计一次）</translation>
    </message>
    <message>
        <source>Counted apart: closed in the period %1, accepted %2; agreed ¥%3, paid ¥%4</source>
        <translation>另计：本期结案%1件，本期受理%2件；协议金额¥%3，已履行¥%4</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>New organisation</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>修改单位</translation>
    </message>
    <message>
        <source>e.g. 京朝 (used in case numbers)</source>
        <translation>如：京朝（用于案件编号）</translation>
    </message>
    <message>
        <source>18 characters (optional)</source>
        <translation>18位（选填）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>简称代字</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>请填写单位名称。</translation>
    </message>
</context>
<context>
    <name>OrganisationsDialog</name>
    <message>
        <source>Organisations</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代字</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>在册成员</translation>
    </message>
    <message>
        <source>New organisation…</source>
        <translation>新建单位…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
</context>
<context>
    <name>OverdueNotice</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) have overdue deadlines. Double-click a line to open the case.</source>
        <translation>
            <numerusform>%n件案件有逾期事项。双击一行打开案件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n most overdue are listed here; the dashboard lists more.</source>
        <translation>
            <numerusform>此处列出逾期最久的%n件；工作台列出更多。</numerusform>
        </translation>
    </message>
    <message>
        <source>{number}  {title} — {what}, overdue by {span}</source>
        <translation>{number}  {title} — {what}，已逾期 {span}</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Accept or decline</source>
        <translation>受理或不予受理</translation>
    </message>
    <message>
        <source>Mediation time limit</source>
        <translation>调解期限</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>调解会</translation>
    </message>
    <message>
        <source>Fast track: investigation</source>
        <translation>速裁：侦查</translation>
    </message>
    <message>
        <source>Fast track: review for prosecution</source>
        <translation>速裁：审查起诉</translation>
    </message>
    <message>
        <source>Fast track: trial</source>
        <translation>速裁：审判</translation>
    </message>
    <message>
        <source>Instalment due</source>
        <translation>分期到期</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Judicial confirmation (optional)</source>
        <translation>司法确认（可选）</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一期限</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>调解类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收案日期</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Chief mediator</source>
        <translation>主办调解员</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Police matter</source>
        <translation>关联案件</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>案情</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>请求事项</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>不予受理…</translation>
    </message>
    <message>
        <source>Schedule session…</source>
        <translation>安排调解会…</translation>
    </message>
    <message>
        <source>Record session…</source>
        <translation>记录调解会…</translation>
    </message>
    <message>
        <source>Write agreement</source>
        <translation>起草协议</translation>
    </message>
    <message>
        <source>Print agreement</source>
        <translation>打印协议</translation>
    </message>
    <message>
        <source>Sign agreement…</source>
        <translation>签署协议…</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>登记履行…</translation>
    </message>
    <message>
        <source>Record follow-up…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>变更状态</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>未指派</translation>
    </message>
    <message>
        <source>Juvenile</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>封存</translation>
    </message>
    <message>
        <source>Confidential amounts</source>
        <translation>金额保密</translation>
    </message>
    <message>
        <source>Nothing more to do on this case.</source>
        <translation>本案无待办事项。</translation>
    </message>
    <message>
        <source>Suggested next step: {action}</source>
        <translation>建议下一步：{action}</translation>
    </message>
    <message>
        <source>{status}: reason</source>
        <translation>{status}：原因</translation>
    </message>
    <message>
        <source>Why does the case become &quot;{status}&quot;? The reason is kept in the case history.</source>
        <translation>案件为何变为“{status}”？原因将记入案件历史。</translation>
    </message>
</context>
<context>
    <name>PartiesModel</name>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Guardian of / agent for</source>
        <translation>监护 / 代理对象</translation>
    </message>
    <message>
        <source>Guardian of {name}</source>
        <translation>{name}的监护人</translation>
    </message>
    <message>
        <source>Agent for {name}</source>
        <translation>{name}的委托代理人</translation>
    </message>
</context>
<context>
    <name>PartiesPanel</name>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation>证件号码/信用代码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Edit party</source>
        <translation>修改当事人</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>删除当事人</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>取消修改</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>For</source>
        <translation>监护/代理对象</translation>
    </message>
    <message>
        <source>Add a party</source>
        <translation>添加当事人</translation>
    </message>
    <message>
        <source>under 18</source>
        <translation>未成年</translation>
    </message>
    <message>
        <source>guardian of %1</source>
        <translation>%1的法定代理人</translation>
    </message>
    <message>
        <source>agent for %1</source>
        <translation>%1的委托代理人</translation>
    </message>
    <message>
        <source>same person as the %1</source>
        <translation>与%1为同一人</translation>
    </message>
    <message>
        <source>existing record, %1 other case(s)</source>
        <translation>已有记录，另涉 %1 件案件</translation>
    </message>
    <message>
        <source>A new person (enter below)</source>
        <translation>新的人员（在下方填写）</translation>
    </message>
    <message>
        <source>Update party</source>
        <translation>更新当事人</translation>
    </message>
    <message>
        <source>Edit party %1</source>
        <translation>修改当事人 %1</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>PartiesTab</name>
    <message>
        <source>Add party…</source>
        <translation>添加当事人…</translation>
    </message>
    <message>
        <source>Show ID…</source>
        <translation>显示证件号…</translation>
    </message>
    <message>
        <source>Show the selected party&apos;s full ID number (reason recorded)</source>
        <translation>显示所选当事人的完整证件号（记录理由）</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>修改联系方式…</translation>
    </message>
</context>
<context>
    <name>PartyPapers</name>
    <message>
        <source>e.g. General manager</source>
        <extracomment>The default 民族 of a new natural person (editable: the list is long and typing is allowed).</extracomment>
        <translation>如：总经理</translation>
    </message>
    <message>
        <source>Power of attorney (授权委托书) received</source>
        <translation>已收到授权委托书</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Representative&apos;s title</source>
        <translation>法定代表人职务</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>登记履行</translation>
    </message>
    <message>
        <source>No. {seq}: {payer} → {payee}, outstanding {amount}</source>
        <translation>第{seq}期：{payer} → {payee}，未付 {amount}</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收条编号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Nothing is outstanding.</source>
        <translation>没有未付款项。</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Paid at</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Instalment</source>
        <translation>期次</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>付款人</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>收条编号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <source>Record payment…</source>
        <translation>登记履行…</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>履行事项</translation>
    </message>
    <message>
        <source>Payments made</source>
        <translation>付款记录</translation>
    </message>
    <message>
        <source>Agreed {agreed} · paid {paid} · outstanding {owed}</source>
        <translation>约定 {agreed} · 已付 {paid} · 未付 {owed}</translation>
    </message>
    <message numerus="yes">
        <source>%n instalment(s) overdue</source>
        <translation>
            <numerusform>%n 期逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>No obligations: the agreement has none yet.</source>
        <translation>暂无履行事项。</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>在办案件</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可指派</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No longer</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Find a party by name, ID number or phone</source>
        <translation>按姓名、证件号码或电话查找当事人</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation>证件号码/信用代码</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收案日期</translation>
    </message>
    <message>
        <source>Cases of the selected party</source>
        <translation>所选当事人的案件</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>调解委员会成员</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>No longer offered for new assignments; the member&apos;s cases keep their records</source>
        <translation>不再供新案件指派；该成员已参与案件的记录保留不变</translation>
    </message>
    <message>
        <source>Organisations…</source>
        <translation>单位…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Cases of %1</source>
        <translation>%1的案件</translation>
    </message>
</context>
<context>
    <name>PersonChoice</name>
    <message>
        <source>A new person (enter below)</source>
        <translation>新的人员（在下方填写）</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Natural person</source>
        <extracomment>index of an earlier party who is the same person (a parent who applies and is guardian)</extracomment>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Use this record</source>
        <translation>使用此记录</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Under 18 (age %1): the case will be marked juvenile and needs a guardian or an appropriate adult. Add them as the next party.</source>
        <translation>未满18周岁（%1岁）：本案将标记为涉未成年人案件，需要法定代理人或合适成年人。请接着添加。</translation>
    </message>
    <message>
        <source>Already on record: %1 (%2), party to %3 case(s): %4</source>
        <translation>已有记录：%1（%2），涉及 %3 件案件：%4</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Save as PDF</source>
        <extracomment>How :func:`print_pdf` ended: sent to the spooler as PDF, drawn as images (fallback), written to a file the print dialog named (&quot;print to file&quot;: not a print job), or cancelled.</extracomment>
        <translation>另存为PDF</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>预览：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共%n页</numerusform>
        </translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为PDF…</translation>
    </message>
    <message>
        <source>Mark as printed</source>
        <translation>标记为已打印</translation>
    </message>
    <message>
        <source>Printed another way: the agreement now awaits signature.</source>
        <translation>已用其他方式打印：协议进入待签署状态。</translation>
    </message>
</context>
<context>
    <name>PublicSecuritySection</name>
    <message>
        <source>Public-security mediation</source>
        <translation>治安调解</translation>
    </message>
    <message>
        <source>Record appraisal report</source>
        <translation>记录鉴定意见</translation>
    </message>
    <message>
        <source>Consent to mediation</source>
        <translation>同意调解</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>案件类型</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>调解次数</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Appraisal report</source>
        <translation>鉴定意见</translation>
    </message>
    <message>
        <source>consented</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>记录同意</translation>
    </message>
    <message>
        <source>No exclusion (hired violence, group fight, picking quarrels, repeat violation, new trouble) was reported at registration.</source>
        <translation>登记时未报告不得调解的情形（雇凶伤害、结伙斗殴、寻衅滋事、多次违法、当事人又挑起事端）。</translation>
    </message>
    <message>
        <source>Charge not entered yet.</source>
        <translation>尚未填写案由。</translation>
    </message>
    <message>
        <source>&quot;{charge}&quot; is not a type the police may mediate.</source>
        <translation>“{charge}”不属于公安机关可以调解的案件类型。</translation>
    </message>
    <message>
        <source>Allowed type: {type}.</source>
        <translation>可调解类型：{type}。</translation>
    </message>
    <message>
        <source>{count} of at most {maximum}</source>
        <translation>已安排 {count} 次，最多 {maximum} 次</translation>
    </message>
    <message>
        <source>{days} working days from acceptance (not accepted yet)</source>
        <translation>自受理之日起 {days} 个工作日（尚未受理）</translation>
    </message>
    <message>
        <source>from the appraisal report</source>
        <translation>自鉴定意见送达之日起</translation>
    </message>
    <message>
        <source>from acceptance</source>
        <translation>自受理之日起</translation>
    </message>
    <message>
        <source>{days} working days {basis}: {due}</source>
        <translation>{basis} {days} 个工作日：{due}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record session of {start}</source>
        <translation>记录 {start} 的调解会</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席人员</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>笔录</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Write the record of the session.</source>
        <translation>请填写调解记录。</translation>
    </message>
    <message>
        <source>Tick who attended.</source>
        <translation>请勾选出席人员。</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <source>Record a relation (recusal)</source>
        <translation>记录关系（回避审查）</translation>
    </message>
    <message>
        <source>e.g. cousins; same employer</source>
        <translation>例如：表兄弟；同一单位</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choose the member and the party.</source>
        <translation>请选择成员和当事人。</translation>
    </message>
</context>
<context>
    <name>RelationsBox</name>
    <message>
        <source>Relations with the parties (recusal)</source>
        <translation>与当事人的关系（回避）</translation>
    </message>
    <message>
        <source>Record relation…</source>
        <translation>记录关系…</translation>
    </message>
    <message>
        <source>Remove relation</source>
        <translation>删除关系</translation>
    </message>
</context>
<context>
    <name>RelationsModel</name>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Relaunch</name>
    <message>
        <source>Mediation Desk</source>
        <translation>调解案件管理系统</translation>
    </message>
    <message>
        <source>Mediation Desk could not start again by itself. Start it again and confirm the restored data.</source>
        <translation>调解工作台未能自动重新启动。请手动启动，并确认恢复后的数据。</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release {name}</source>
        <translation>解除 {name}</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一日</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>ReportingTab</name>
    <message>
        <source>No 12345 ticket on this case.</source>
        <translation>本案没有12345工单。</translation>
    </message>
    <message>
        <source>Record first response…</source>
        <translation>登记首次响应…</translation>
    </message>
    <message>
        <source>Record reply…</source>
        <translation>登记答复…</translation>
    </message>
    <message>
        <source>Record return visit…</source>
        <translation>登记回访结果…</translation>
    </message>
    <message>
        <source>Add or correct ticket…</source>
        <translation>登记或更正工单…</translation>
    </message>
    <message>
        <source>12345 ticket</source>
        <translation>12345工单</translation>
    </message>
    <message>
        <source>Dispute prevented (found early)</source>
        <translation>预防纠纷（排查发现、及早化解）</translation>
    </message>
    <message>
        <source>Prevented a civil dispute turning criminal</source>
        <translation>防止民间纠纷转化为刑事案件</translation>
    </message>
    <message>
        <source>Prevented a group petition</source>
        <translation>防止群体性上访</translation>
    </message>
    <message>
        <source> persons</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>As the case&apos;s source implies</source>
        <translation>按案件来源归类</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>主动调解</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>依申请调解</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>委托移送调解</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Official statistics table</source>
        <translation>人民调解统计表</translation>
    </message>
    <message>
        <source>Official source</source>
        <translation>统计来源</translation>
    </message>
    <message>
        <source>Ticket %1, received %2, reply due %3</source>
        <translation>工单号%1，派单%2，答复期限%3</translation>
    </message>
    <message>
        <source>First response: %1</source>
        <translation>首次响应：%1</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>答复：%1</translation>
    </message>
    <message>
        <source>Return visit: %1</source>
        <translation>回访：%1</translation>
    </message>
    <message>
        <source>matter resolved</source>
        <translation>问题已解决</translation>
    </message>
    <message>
        <source>matter not resolved</source>
        <translation>问题未解决</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>主任</translation>
    </message>
    <message>
        <source>Committee member</source>
        <translation>调委会成员</translation>
    </message>
    <message>
        <source>Sealed-records custodian</source>
        <translation>封存记录管理员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule session</source>
        <translation>安排调解会</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Public session</source>
        <translation>公开调解</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Enter the place.</source>
        <translation>请填写地点。</translation>
    </message>
</context>
<context>
    <name>ScreeningPanel</name>
    <message>
        <source>Held on</source>
        <translation>排查日期</translation>
    </message>
    <message>
        <source>Disputes found</source>
        <translation>发现纠纷</translation>
    </message>
    <message>
        <source>Where / scope</source>
        <translation>排查范围</translation>
    </message>
    <message>
        <source>Record round</source>
        <translation>登记排查</translation>
    </message>
    <message>
        <source>found</source>
        <translation>发现纠纷</translation>
    </message>
    <message>
        <source>%1 rounds, %2 disputes found</source>
        <translation>排查%1次，发现纠纷%2件</translation>
    </message>
</context>
<context>
    <name>Sealed</name>
    <message>
        <source>Sealed record %1</source>
        <translation>封存记录 %1</translation>
    </message>
    <message>
        <source>This record is sealed. Opening it is recorded in the audit log.
Enter the legal basis (law, article, request or approval number):</source>
        <translation>此记录已封存，查阅将记入审计日志。
请填写法律依据（法律条文、查询函或批准文号）：</translation>
    </message>
    <message>
        <source>Show the full ID number of %1</source>
        <translation>显示 %1 的完整证件号</translation>
    </message>
    <message>
        <source>The full ID number is shown only after you give a reason; it is recorded in the audit log.</source>
        <translation>填写理由后才显示完整证件号，理由将记入审计日志。</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Nothing here.</source>
        <extracomment>Rows a panel shows without scrolling (its minimum height); the splitters give it more.</extracomment>
        <translation>暂无。</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message numerus="yes">
        <source>The first %n are listed.</source>
        <translation>
            <numerusform>此处列出前%n条。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出席人员</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Select a session to read its record.</source>
        <translation>选择一次调解会以查看笔录。</translation>
    </message>
    <message>
        <source>Schedule session…</source>
        <translation>安排调解会…</translation>
    </message>
    <message>
        <source>Record session…</source>
        <translation>记录调解会…</translation>
    </message>
    <message>
        <source>Mediation room</source>
        <translation>调解室</translation>
    </message>
    <message>
        <source>Overlapping session</source>
        <translation>调解会时间冲突</translation>
    </message>
    <message>
        <source>Schedule this session anyway?</source>
        <translation>仍要安排这次调解会吗？</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Mediation period (days)</source>
        <translation>调解期限（天）</translation>
    </message>
    <message>
        <source>Public-security mediation period (working days)</source>
        <translation>治安调解期限（工作日）</translation>
    </message>
    <message>
        <source>Public-security mediation: maximum sessions</source>
        <translation>治安调解最多次数</translation>
    </message>
    <message>
        <source>Decide on acceptance within (days)</source>
        <translation>受理审查期限（天）</translation>
    </message>
    <message>
        <source>Judicial confirmation window (days)</source>
        <translation>司法确认申请期限（天）</translation>
    </message>
    <message>
        <source>Follow-up after a performance deadline (days)</source>
        <translation>履行期限后回访（天）</translation>
    </message>
    <message>
        <source>Fast track (hours)</source>
        <translation>速裁时限（小时）</translation>
    </message>
    <message>
        <source>First contact within (hours)</source>
        <translation>首次联系时限（小时）</translation>
    </message>
    <message>
        <source>12345 ticket reply due within (days)</source>
        <translation>12345工单答复期限（天）</translation>
    </message>
    <message>
        <source>Dashboard: &quot;due soon&quot; (days)</source>
        <translation>工作台“即将到期”（天）</translation>
    </message>
    <message>
        <source>Largest amount (yuan)</source>
        <translation>金额上限（元）</translation>
    </message>
    <message>
        <source>Highest lawyer-mediation fee (yuan)</source>
        <translation>律师调解收费上限（元）</translation>
    </message>
    <message>
        <source>Juvenile under (years)</source>
        <translation>未成年人年龄线（周岁）</translation>
    </message>
    <message>
        <source>Guardian must attend under (years)</source>
        <translation>须监护人在场年龄线（周岁）</translation>
    </message>
    <message>
        <source>Sensitive data under (years)</source>
        <translation>敏感信息年龄线（周岁）</translation>
    </message>
    <message>
        <source>Restart case numbers every January</source>
        <translation>每年一月重新编号</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 磅</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>本机设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>Limits (administrator)</source>
        <translation>期限与限额（管理员）</translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign agreement</source>
        <translation>签署协议</translation>
    </message>
    <message>
        <source>Once signed, the agreement can only be changed by a correction (a new version).</source>
        <translation>协议签署后只能通过更正（生成新版本）修改。</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签署时间</translation>
    </message>
    <message>
        <source>Tick who signed.</source>
        <translation>请勾选签署人。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>The damaged file was kept unchanged at:
%1</source>
        <translation>损坏的文件已原样保留在：
%1</translation>
    </message>
    <message>
        <source>Mediation Desk found damage in its database and no verified backup to restore.</source>
        <translation>调解工作台发现数据库已损坏，且没有可恢复的已校验备份。</translation>
    </message>
    <message>
        <source>Please contact your administrator.</source>
        <translation>请联系管理员。</translation>
    </message>
    <message>
        <source>Mediation Desk found damage in its database. Restore the newest verified backup (%1)?</source>
        <translation>调解工作台发现数据库已损坏。是否恢复最新的已校验备份（%1）？</translation>
    </message>
    <message>
        <source>Demo database — accounts %1, password %2</source>
        <translation>演示数据库 — 账号 %1，密码 %2</translation>
    </message>
    <message>
        <source>Creating demo cases…</source>
        <translation>正在生成演示案件…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>The data was restored from a backup. Automatic backups are paused until you confirm that the restored data is right. Check the latest cases, then confirm.

Is the restored data right?</source>
        <extracomment>The running session&apos;s safety handles (the window&apos;s &quot;Lock now&quot; / &quot;Sign out&quot; actions use it).</extracomment>
        <translation>数据已从备份恢复。在您确认恢复的数据无误之前，自动备份暂停。请检查最近的案件后确认。

恢复的数据是否正确？</translation>
    </message>
    <message>
        <source>Restored data</source>
        <translation>恢复的数据</translation>
    </message>
</context>
<context>
    <name>StatisticsDefinitionsSection</name>
    <message>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>tickets visited</source>
        <translation>已回访工单数</translation>
    </message>
    <message>
        <source>tickets received</source>
        <translation>接单数</translation>
    </message>
    <message>
        <source>Case statistics</source>
        <translation>案件统计</translation>
    </message>
    <message>
        <source>Response within</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <source>Counted as satisfied</source>
        <translation>计为满意的答复</translation>
    </message>
    <message>
        <source>Resolution rate: resolved ÷ resolved +</source>
        <translation>解决率：调解成功 ÷ 调解成功 +</translation>
    </message>
    <message>
        <source>12345 hotline</source>
        <translation>12345热线</translation>
    </message>
    <message>
        <source>Resolution rate: resolved ÷</source>
        <translation>解决率：已解决 ÷</translation>
    </message>
    <message>
        <source>Save definitions</source>
        <translation>保存口径</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>StatisticsNotes</name>
    <message>
        <source>satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>dissatisfied</source>
        <translation>不满意</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>案件来源</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>调解类型</translation>
    </message>
    <message>
        <source>Export / print</source>
        <translation>导出 / 打印</translation>
    </message>
    <message>
        <source>Ledger (台账), Excel…</source>
        <translation>台账（Excel）…</translation>
    </message>
    <message>
        <source>Statistics workbook, Excel…</source>
        <translation>统计表（Excel）…</translation>
    </message>
    <message>
        <source>Official statistics table, Excel…</source>
        <translation>人民调解统计表（Excel）…</translation>
    </message>
    <message>
        <source>Official statistics table, PDF…</source>
        <translation>人民调解统计表（PDF）…</translation>
    </message>
    <message>
        <source>Weekly report, PDF…</source>
        <translation>周报（PDF）…</translation>
    </message>
    <message>
        <source>Monthly report, PDF…</source>
        <translation>月度统计报告（PDF）…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>分组：</translation>
    </message>
    <message>
        <source>Click a figure to list its cases.</source>
        <translation>点击数字，列出其案件。</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>List its cases</source>
        <translation>列出案件</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Previous 3</source>
        <translation>前三月</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新出现</translation>
    </message>
    <message>
        <source>Monthly question</source>
        <translation>每月一题</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>12345 today</source>
        <translation>12345今日监测</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Screening (排查)</source>
        <translation>矛盾纠纷排查</translation>
    </message>
    <message>
        <source>Rates over time</source>
        <translation>三率走势</translation>
    </message>
    <message>
        <source>Categories by month</source>
        <translation>各类纠纷逐月</translation>
    </message>
    <message>
        <source>Mediator workload</source>
        <translation>调解员工作量</translation>
    </message>
    <message>
        <source>Definitions: choose “Total” to see each rate worked out.</source>
        <translation>口径：选择“合计”可查看各比率的计算过程。</translation>
    </message>
    <message>
        <source>Suggested topic: %1 (%2 cases)</source>
        <translation>建议议题：%1（%2件）</translation>
    </message>
    <message>
        <source>No cases this month.</source>
        <translation>本月无案件。</translation>
    </message>
    <message>
        <source>Month not over: %1 compared with the same days of %2.</source>
        <translation>本月未结束：%1与%2的同期天数比较。</translation>
    </message>
    <message>
        <source>Rates over time (%)</source>
        <translation>三率走势（%）</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应率</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Cases received by category</source>
        <translation>各类纠纷收案</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收案</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Cases behind “%1”:</source>
        <translation>“%1”的案件：</translation>
    </message>
    <message>
        <source>Cases of the monthly question:</source>
        <translation>每月一题的案件：</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>StatusModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>新状态</translation>
    </message>
</context>
<context>
    <name>StepTimeDialog</name>
    <message>
        <source>Actual time</source>
        <translation>实际时间</translation>
    </message>
    <message>
        <source>Enter when it happened (a suspect brought in last night: last night&apos;s time).</source>
        <translation>填写实际发生的时间（嫌疑人昨晚到案，就填昨晚的时间）。</translation>
    </message>
    <message>
        <source>The time cannot lie in the future.</source>
        <translation>时间不能晚于现在。</translation>
    </message>
    <message>
        <source>The time cannot be earlier than the step before it ({at}).</source>
        <translation>时间不能早于前一环节（{at}）。</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>12345 ticket</source>
        <translation>12345工单</translation>
    </message>
    <message>
        <source>Enter the ticket number.</source>
        <translation>请填写工单号。</translation>
    </message>
</context>
<context>
    <name>TicketStepDialog</name>
    <message>
        <source>Record first response</source>
        <extracomment>the workspace&apos;s times are Beijing wall-clock times</extracomment>
        <translation>登记首次响应</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>登记答复</translation>
    </message>
    <message>
        <source>Record return visit</source>
        <translation>登记回访结果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>No rating given</source>
        <translation>未评价</translation>
    </message>
    <message>
        <source>The citizen says the matter is</source>
        <translation>诉求人表示问题</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>Choose whether it is resolved and the rating.</source>
        <translation>请选择是否解决以及评价。</translation>
    </message>
</context>
<context>
    <name>Track</name>
    <message>
        <source>{d} d {h} h</source>
        <translation>{d}天{h}小时</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h}小时{m}分</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m}分钟</translation>
    </message>
    <message>
        <source>overdue by {span}</source>
        <translation>已超时 {span}</translation>
    </message>
    <message>
        <source>{span} left</source>
        <translation>剩余 {span}</translation>
    </message>
    <message>
        <source>Summons (clock starts)</source>
        <translation>传唤到案（开始计时）</translation>
    </message>
    <message>
        <source>Investigation done</source>
        <translation>侦查终结</translation>
    </message>
    <message>
        <source>Review for prosecution done</source>
        <translation>审查起诉完成</translation>
    </message>
    <message>
        <source>Trial done</source>
        <translation>审判完成</translation>
    </message>
    <message>
        <source>{when} — done</source>
        <translation>{when} — 已完成</translation>
    </message>
    <message>
        <source>{when} — stopped (case finished)</source>
        <translation>{when} — 已停止（案件已结束）</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期%n天</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余%n天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackTab</name>
    <message>
        <source>Track: {track}</source>
        <translation>调解类型：{track}</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>User accounts</source>
        <translation>用户账号</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password (at least 8 characters):</source>
        <translation>新密码（至少 8 个字符）：</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify agreement</source>
        <translation>核验调解协议</translation>
    </message>
    <message>
        <source>Choose the agreement as PDF, or a scan or photo of the printed paper (PNG, JPEG, TIFF). Its QR code is checked against the signed agreements archived here.</source>
        <translation>请选择调解协议的PDF文件，或纸质协议的扫描件、照片（PNG、JPEG、TIFF）。系统将以其二维码与本机存档的已签字协议进行比对。</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Valid: this agreement matches the signed version in the archive.</source>
        <translation>有效：该协议与存档的签字版本一致。</translation>
    </message>
    <message>
        <source>Altered: the archived agreement no longer matches the code printed on the paper. Do not rely on it; report it to the committee director.</source>
        <translation>已被篡改：存档的协议内容与纸面二维码不一致。请勿采信，并报告调解委员会主任。</translation>
    </message>
    <message>
        <source>Unknown: no agreement code of this installation was found, or the agreement is not in the archive (issued elsewhere or never signed here).</source>
        <translation>未知：未发现本机签发的协议二维码，或存档中没有该协议（由其他单位出具或未在本机签字）。</translation>
    </message>
    <message>
        <source>Altered: the printed text differs from the signed agreement in the archive (see below). Do not rely on it; report it to the committee director.</source>
        <translation>已被篡改：打印的文字与存档的已签署协议不一致（见下方）。请勿采信，并报告调解委员会主任。</translation>
    </message>
    <message>
        <source>Code valid, text not checked: this file has no printed text (a scan or photo). Compare the paper with the archived signed content below.</source>
        <translation>二维码有效，文字未核对：此文件没有可读取的文字（扫描件或照片）。请将纸质协议与下方存档的签署内容逐项核对。</translation>
    </message>
    <message>
        <source>QR signature: made with this installation&apos;s key (or a trusted workstation&apos;s)</source>
        <translation>二维码签名：由本安装（或受信任的工作站）的密钥签发</translation>
    </message>
    <message>
        <source>Archive: the archived signed content still matches the code</source>
        <translation>存档：存档的签署内容与二维码一致</translation>
    </message>
    <message>
        <source>Printed items: each item of the archived content looked for on the paper</source>
        <translation>打印内容：逐项查找存档内容是否印在纸上</translation>
    </message>
    <message>
        <source>Printed text: compared with the agreement as archived, character by character</source>
        <translation>打印文字：与存档的协议逐字比对</translation>
    </message>
    <message>
        <source>Printed text: not checked (the file has no text)</source>
        <translation>打印文字：未核对（文件中没有文字）</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>已核对：</translation>
    </message>
    <message>
        <source>No agreement code of this installation was found.</source>
        <translation>未找到本安装签发的协议二维码。</translation>
    </message>
    <message>
        <source>Not printed:</source>
        <translation>未打印的内容：</translation>
    </message>
    <message>
        <source>Printed differently:</source>
        <translation>打印不同之处：</translation>
    </message>
    <message>
        <source>Archived signed content:</source>
        <translation>存档的签署内容：</translation>
    </message>
    <message>
        <source>The archived content is shown only to those who may open this case.</source>
        <translation>存档内容仅向有权查看本案的人员显示。</translation>
    </message>
    <message>
        <source>Choose the agreement</source>
        <translation>选择调解协议</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>PDF或图片 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核验…</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>签署人</translation>
    </message>
</context>
<context>
    <name>WeekPanel</name>
    <message>
        <source>Weekly report PDF…</source>
        <translation>周报PDF…</translation>
    </message>
    <message>
        <source>12345 tickets</source>
        <translation>12345接单</translation>
    </message>
    <message>
        <source>Responded on time</source>
        <translation>按时响应</translation>
    </message>
    <message>
        <source>Cases received</source>
        <translation>收案</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed in the week</source>
        <translation>本周结案</translation>
    </message>
    <message>
        <source>Week %1 (previous week in brackets)</source>
        <translation>%1（括号内为上周）</translation>
    </message>
    <message>
        <source>Response rate %1, resolution rate %2, satisfaction rate %3 (12345)</source>
        <translation>12345响应率%1，解决率%2，满意率%3</translation>
    </message>
    <message>
        <source>Most frequent: %1</source>
        <translation>收案较多：%1</translation>
    </message>
</context>
<context>
    <name>WorkspaceLabels</name>
    <message>
        <source>Acceptance</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>履行</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Judicial confirmation</source>
        <translation>司法确认</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <source>Agreement reached</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <source>Continue later</source>
        <translation>继续调解</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Printed for signing</source>
        <translation>已打印待签</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被更正</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>上门回访</translation>
    </message>
    <message>
        <source>At the office</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Performed</source>
        <translation>已履行</translation>
    </message>
    <message>
        <source>Partly performed</source>
        <translation>部分履行</translation>
    </message>
    <message>
        <source>Not performed</source>
        <translation>未履行</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Agreement (PDF)</source>
        <translation>调解协议书（PDF）</translation>
    </message>
    <message>
        <source>Signed agreement (scan)</source>
        <translation>已签协议扫描件</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收条</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <source>Identity proof</source>
        <translation>身份证明</translation>
    </message>
    <message>
        <source>Case registered</source>
        <translation>登记案件</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>变更状态</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>修改案件</translation>
    </message>
    <message>
        <source>Party added</source>
        <translation>添加当事人</translation>
    </message>
    <message>
        <source>Member assigned</source>
        <translation>指派成员</translation>
    </message>
    <message>
        <source>Member released</source>
        <translation>解除成员</translation>
    </message>
    <message>
        <source>Chief mediator changed</source>
        <translation>变更主持调解员</translation>
    </message>
    <message>
        <source>Relation recorded</source>
        <translation>记录关系</translation>
    </message>
    <message>
        <source>Relation removed</source>
        <translation>删除关系</translation>
    </message>
    <message>
        <source>Session scheduled</source>
        <translation>安排调解会</translation>
    </message>
    <message>
        <source>Session recorded</source>
        <translation>记录调解会</translation>
    </message>
    <message>
        <source>Agreement drafted</source>
        <translation>起草协议</translation>
    </message>
    <message>
        <source>Agreement revised</source>
        <translation>修改协议</translation>
    </message>
    <message>
        <source>Agreement corrected</source>
        <translation>更正协议</translation>
    </message>
    <message>
        <source>Agreement printed</source>
        <translation>打印协议</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>签署协议</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>登记履行</translation>
    </message>
    <message>
        <source>Follow-up recorded</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>记录同意</translation>
    </message>
    <message>
        <source>Mediation period extended</source>
        <translation>延长调解期限</translation>
    </message>
    <message>
        <source>Eligibility checklist saved</source>
        <translation>保存和解审查清单</translation>
    </message>
    <message>
        <source>Eligibility overridden</source>
        <translation>审查提示例外处理</translation>
    </message>
    <message>
        <source>Fast-track step recorded</source>
        <translation>记录速裁环节</translation>
    </message>
    <message>
        <source>Appraisal report recorded</source>
        <translation>记录鉴定意见</translation>
    </message>
    <message>
        <source>Police recommendation recorded</source>
        <translation>记录公安机关建议</translation>
    </message>
    <message>
        <source>Procuratorate decision recorded</source>
        <translation>记录检察院决定</translation>
    </message>
    <message>
        <source>Matter decision recorded</source>
        <translation>记录关联案件决定</translation>
    </message>
    <message>
        <source>is a party to the case</source>
        <translation>本人是本案当事人</translation>
    </message>
    <message>
        <source>is a relative of</source>
        <translation>是以下当事人的亲属：</translation>
    </message>
    <message>
        <source>works for</source>
        <translation>受雇于</translation>
    </message>
    <message>
        <source>is the agent of</source>
        <translation>是以下当事人的代理人：</translation>
    </message>
    <message>
        <source>is an adviser of</source>
        <translation>是以下当事人的顾问：</translation>
    </message>
    <message>
        <source>shares an interest with</source>
        <translation>与以下当事人有共同利益：</translation>
    </message>
    <message>
        <source>received gifts from</source>
        <translation>收受过以下当事人的礼物：</translation>
    </message>
    <message>
        <source>is a colleague of</source>
        <translation>是以下当事人的同事：</translation>
    </message>
    <message>
        <source>has another relation with</source>
        <translation>与以下当事人有其他关系：</translation>
    </message>
</context>
</TS>
