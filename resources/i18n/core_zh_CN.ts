<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Demo</name>
    <message>
        <source>The database is not empty: demo data is only added to an empty database. Use --db with a new file.</source>
        <translation>数据库不是空的：演示数据只能加入空数据库。请用 --db 指定一个新文件。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is locked by another program or counter. Wait a moment and try again.</source>
        <translation>数据库正被其他程序或其他前台电脑占用，请稍候再试。</translation>
    </message>
    <message>
        <source>The database file is read-only. Check the file's permissions or the disk.</source>
        <translation>数据库文件是只读的，请检查文件权限或磁盘。</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database. Restore the latest backup.</source>
        <translation>数据库文件已损坏或不是数据库文件，请恢复最近的备份。</translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check the path and the disk.</source>
        <translation>无法打开数据库文件，请检查路径和磁盘。</translation>
    </message>
    <message>
        <source>The database cannot be used: {reason}</source>
        <translation>数据库无法使用：{reason}</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>数据库问题</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>请检查</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>无法执行</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong and was not saved: {error}</source>
        <translation>出现错误，本次操作未保存：{error}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Studio Front Desk</source>
        <translation>影楼前台</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客怨</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>The service-flow board (where each couple is, who has them, for how long) comes here.</source>
        <translation>服务流程看板（每对新人在哪、由谁负责、已多久）将在这里提供。</translation>
    </message>
    <message>
        <source>Complaint intake and handling with every deadline comes here.</source>
        <translation>客怨登记与处理（含全部时限）将在这里提供。</translation>
    </message>
    <message>
        <source>Flow sheets and forms, with preview, print and PDF, come here.</source>
        <translation>拍照流程表与各类表单（预览、打印、PDF）将在这里提供。</translation>
    </message>
    <message>
        <source>The shift handover and the daily review come here.</source>
        <translation>交接班与每日工作小结将在这里提供。</translation>
    </message>
    <message>
        <source>No one on shift</source>
        <translation>无人当班</translation>
    </message>
    <message>
        <source>On shift: {name}</source>
        <translation>当班：{name}</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>前台(&amp;D)</translation>
    </message>
    <message>
        <source>Change shift…</source>
        <translation>换班…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>关于…</translation>
    </message>
    <message>
        <source>Schema version: {schema}</source>
        <translation>数据结构版本：{schema}</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Receptionist</source>
        <translation>前台接待</translation>
    </message>
    <message>
        <source>Floor control</source>
        <translation>场控</translation>
    </message>
    <message>
        <source>Makeup artist</source>
        <translation>化妆师</translation>
    </message>
    <message>
        <source>Dresser</source>
        <translation>礼服师</translation>
    </message>
    <message>
        <source>Stylist</source>
        <translation>造型师</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>摄影师</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>选片</translation>
    </message>
    <message>
        <source>Retoucher</source>
        <translation>后期</translation>
    </message>
    <message>
        <source>Finished-goods checker</source>
        <translation>整件检验</translation>
    </message>
    <message>
        <source>Base dispatcher</source>
        <translation>基地调度长</translation>
    </message>
    <message>
        <source>Department supervisor</source>
        <translation>部门主管</translation>
    </message>
    <message>
        <source>Store supervisor</source>
        <translation>门店主管</translation>
    </message>
    <message>
        <source>Executive manager</source>
        <translation>执行经理</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>Start shift</source>
        <translation>开始当班</translation>
    </message>
    <message>
        <source>No receptionist yet. Enter your name to start.</source>
        <translation>还没有前台接待员。请输入您的姓名开始。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Receptionist</source>
        <translation>前台接待</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Unknown role: {r}</source>
        <translation>未知岗位：{r}</translation>
    </message>
    <message>
        <source>Pick at least one role.</source>
        <translation>请至少选择一个岗位。</translation>
    </message>
    <message>
        <source>No staff member #{id}.</source>
        <translation>没有编号为 {id} 的员工。</translation>
    </message>
    <message>
        <source>{name} is not active.</source>
        <translation>{name} 已停用。</translation>
    </message>
    <message>
        <source>Say who is acting.</source>
        <translation>请说明由谁操作。</translation>
    </message>
    <message>
        <source>{name} may not do this: it needs the role {roles}.</source>
        <translation>{name} 无权执行此操作：需要岗位 {roles}。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Order number already used by another couple.</source>
        <translation>该订单号已被其他新人使用。</translation>
    </message>
    <message>
        <source>At least one phone number is needed.</source>
        <translation>至少需要一个电话号码。</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>不是有效日期。</translation>
    </message>
    <message>
        <source>Party size must be between 1 and 50.</source>
        <translation>人数须在 1 到 50 之间。</translation>
    </message>
    <message>
        <source>Not a couple's visit kind.</source>
        <translation>不是新人的到店类型。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>The call-back date is in the past.</source>
        <translation>回访日期已经过去。</translation>
    </message>
    <message>
        <source>Not a valid mainland mobile (11 digits, 1…) or landline (0xx-xxxxxxx).</source>
        <translation>不是有效的大陆手机号（1 开头 11 位）或固定电话（0xx-xxxxxxx）。</translation>
    </message>
    <message>
        <source>Too long: at most {n} characters.</source>
        <translation>太长：最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>Letters, digits and - only, 2 to 32 characters.</source>
        <translation>只能包含字母、数字和 -，2 到 32 个字符。</translation>
    </message>
</context>
<context>
    <name>Visit</name>
    <message>
        <source>Shooting couple</source>
        <translation>拍照新人</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Visitor looking for a couple</source>
        <translation>找新人的朋友</translation>
    </message>
    <message>
        <source>Photo selection</source>
        <translation>选片</translation>
    </message>
    <message>
        <source>Proof viewing</source>
        <translation>看样</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>取件</translation>
    </message>
    <message>
        <source>This couple was changed at another counter; reload and try again.</source>
        <translation>这对新人的资料已在另一台电脑上被修改，请刷新后重试。</translation>
    </message>
    <message>
        <source>No couple #{id}.</source>
        <translation>没有编号为 {id} 的新人。</translation>
    </message>
    <message>
        <source>{names} are already checked in.</source>
        <translation>{names} 已经签到。</translation>
    </message>
    <message>
        <source>This party has already been received.</source>
        <translation>这批客人已经有人接待。</translation>
    </message>
    <message>
        <source>No visit #{id}.</source>
        <translation>没有编号为 {id} 的到店记录。</translation>
    </message>
    <message>
        <source>This visit has already been checked out.</source>
        <translation>这次到店已经办理离店。</translation>
    </message>
    <message>
        <source>Locker key {n} is still out: take it back first.</source>
        <translation>保险柜钥匙 {n} 还未归还：请先收回钥匙。</translation>
    </message>
    <message>
        <source>{guest} (looking for {names})</source>
        <translation>{guest}（找 {names}）</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>This guest has already left.</source>
        <translation>这位客人已经离店。</translation>
    </message>
    <message>
        <source>No locker {n}.</source>
        <translation>没有 {n} 号保险柜。</translation>
    </message>
    <message>
        <source>Locker {n} is already issued.</source>
        <translation>保险柜 {n} 已被使用。</translation>
    </message>
    <message>
        <source>The key comes back to the counter or the bar.</source>
        <translation>钥匙须交回前台或吧台。</translation>
    </message>
    <message>
        <source>Say what happened to the lost key.</source>
        <translation>请说明钥匙丢失的情况。</translation>
    </message>
    <message>
        <source>No key loan #{id}.</source>
        <translation>没有编号为 {id} 的钥匙记录。</translation>
    </message>
    <message>
        <source>This key has already been returned.</source>
        <translation>这把钥匙已经归还。</translation>
    </message>
    <message>
        <source>No lead #{id}.</source>
        <translation>没有编号为 {id} 的咨询线索。</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>{m} min</source>
        <extracomment>The text after a short pause in typing. Enter pressed (or a scan finished): the full text.</extracomment>
        <translation>{m}分钟</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h}小时{m}分</translation>
    </message>
</context>
</TS>