<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>New complaint…</source>
        <translation>新建客怨…</translation>
    </message>
    <message>
        <source>Record a complaint (counter or phone)</source>
        <translation>登记客怨（前台或电话）</translation>
    </message>
    <message>
        <source>Consultation walk-in…</source>
        <translation>咨询登记…</translation>
    </message>
    <message>
        <source>A walk-in asking: name, phone, call-back</source>
        <translation>进店咨询的客人：姓名、电话、回访日期</translation>
    </message>
    <message>
        <source>Someone looking for them…</source>
        <translation>有人找他们…</translation>
    </message>
    <message>
        <source>A visitor asks where the selected couple is</source>
        <translation>有人来找选中的新人：登记来访并告诉他们新人在哪儿</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>新建订单…</translation>
    </message>
    <message>
        <source>Create a couple's order</source>
        <translation>为新人新建订单</translation>
    </message>
    <message>
        <source>Check out…</source>
        <translation>离店…</translation>
    </message>
    <message>
        <source>The selected guest in the store leaves</source>
        <translation>选中的在店客人离店</translation>
    </message>
    <message>
        <source>Tomorrow's confirmations…</source>
        <translation>明日确认…</translation>
    </message>
    <message>
        <source>Call the next opening day's appointments and send the reminders</source>
        <translation>给下一个营业日的预约打确认电话，发送提醒</translation>
    </message>
    <message>
        <source>Print flow sheet…</source>
        <translation>打印流程表…</translation>
    </message>
    <message>
        <source>Print the selected couple's flow sheet</source>
        <translation>打印选中新人的流程表</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Go to the search box of this tab</source>
        <translation>到本页的搜索框</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>The counter's manual: a day at the counter, shortcuts, colours</source>
        <translation>前台手册：前台的一天、快捷键、颜色的含义</translation>
    </message>
    <message>
        <source>Find the couple they are looking for first, then Ctrl+G.</source>
        <translation>请先找到客人要找的新人，再按 Ctrl+G。</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>离店</translation>
    </message>
    <message>
        <source>Pick the guest who leaves in the in-store list, then Ctrl+L again.</source>
        <translation>请在“在店客人”中选中要离店的客人，再按一次 Ctrl+L。</translation>
    </message>
    <message>
        <source>Find the couple first, then Ctrl+P.</source>
        <translation>请先找到新人，再按 Ctrl+P。</translation>
    </message>
    <message>
        <source>Tab {n}</source>
        <translation>第 {n} 页</translation>
    </message>
    <message>
        <source>{title} ({keys})</source>
        <translation>{title}（{keys}）</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>打印（Ctrl+P）</translation>
    </message>
</context>
<context>
    <name>ArrivalDialog</name>
    <message>
        <source>Check in {names}</source>
        <translation>签到：{names}</translation>
    </message>
    <message>
        <source>Appointment today: {what}</source>
        <translation>今天的预约：{what}</translation>
    </message>
    <message>
        <source>No appointment today: pick what they came for.</source>
        <translation>今天没有预约：请选择客人来店做什么。</translation>
    </message>
    <message>
        <source>Likeliest first; ↑/↓ to change</source>
        <translation>最可能的排在最前；按 ↑/↓ 更改</translation>
    </message>
    <message>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>Came for</source>
        <translation>来店事项</translation>
    </message>
    <message>
        <source>Party size</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Check in (Enter)</source>
        <translation>签到（回车）</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>No good backup yet</source>
        <translation>尚无完好的备份</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>上次备份：{when}</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>This counter works on a database server: the server is backed up on the server itself (pg_dump on a schedule, see the README).</source>
        <translation>本前台使用数据库服务器：服务器的备份在服务器上进行（定时运行 pg_dump，见 README）。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>The backup of {when} was written but fails its check ({check}); the disk may be failing.</source>
        <translation>{when} 的备份已写入，但未通过完整性检查（{check}）；磁盘可能有故障。</translation>
    </message>
    <message>
        <source>Backup made and checked: {file} ({size}).</source>
        <translation>备份已完成并通过检查：{file}（{size}）。</translation>
    </message>
    <message>
        <source>The backup could not be made: {cause}</source>
        <translation>无法备份：{cause}</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>today {time}</source>
        <translation>今天 {time}</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>昨天 {time}</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>数据库问题</translation>
    </message>
    <message>
        <source>The newest good backup is of {when} ({size}). Restore it? Whatever was saved after {when} is lost; the damaged file is kept in the backups folder.</source>
        <translation>最新的完好备份是 {when} 的（{size}）。要恢复它吗？{when} 之后保存的内容将丢失；损坏的文件会保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>Restore that backup</source>
        <translation>恢复该备份</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The backup could not be restored: {cause}</source>
        <translation>无法恢复备份：{cause}</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>{names} are not in the store now.</source>
        <translation>{names} 现在不在店内。</translation>
    </message>
    <message>
        <source>{names}: in the store since {time} ({dur}).</source>
        <translation>{names}：{time} 到店（已{dur}）。</translation>
    </message>
    <message>
        <source>Bride</source>
        <translation>新娘</translation>
    </message>
    <message>
        <source>Groom</source>
        <translation>新郎</translation>
    </message>
    <message>
        <source>The couple</source>
        <translation>新人</translation>
    </message>
    <message>
        <source>{who} at {station} with {staff}, {dur}</source>
        <translation>{who}在{station}，由{staff}负责，已{dur}</translation>
    </message>
    <message>
        <source>{who} at {station}, {dur}</source>
        <translation>{who}在{station}，已{dur}</translation>
    </message>
    <message>
        <source>Station not recorded yet: ask floor control.</source>
        <translation>尚未记录所在环节：请询问场控。</translation>
    </message>
</context>
<context>
    <name>CheckInTab</name>
    <message>
        <source>Search: name, pinyin initials (zw), phone or last 4 digits, order number — or scan the sheet</source>
        <extracomment>(key, text) for the status bar. A couple was checked in (visit id) — other tabs may refresh. A complaint was recorded from the couple's card.</extracomment>
        <translation>搜索：姓名、拼音首字母（zw）、手机号或后四位、订单号 —— 或扫描流程表条码</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>Consultation walk-in</source>
        <translation>咨询登记</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Bride</source>
        <translation>新娘</translation>
    </message>
    <message>
        <source>Groom</source>
        <translation>新郎</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Shoot date</source>
        <translation>拍摄日期</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>套系</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>新人</translation>
    </message>
    <message>
        <source>Full number…</source>
        <translation>完整号码…</translation>
    </message>
    <message>
        <source>Show a full phone number (recorded under your name)</source>
        <translation>查看完整电话号码（以您的名字记录在案）</translation>
    </message>
    <message>
        <source>Bride's number</source>
        <translation>新娘电话</translation>
    </message>
    <message>
        <source>Groom's number</source>
        <translation>新郎电话</translation>
    </message>
    <message>
        <source>Type to search. Enter checks the couple in for today's appointment (or asks what they came for).</source>
        <translation>输入即可搜索。按回车按今天的预约签到（没有预约时会询问来店事项）。</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>签到…</translation>
    </message>
    <message>
        <source>Check the couple in for today's appointment, or pick what they came for (Enter on a result)</source>
        <translation>按今天的预约给新人签到，没有预约时选择来店事项（在搜索结果上按回车）</translation>
    </message>
    <message>
        <source>Other visit</source>
        <translation>其他到店</translation>
    </message>
    <message>
        <source>Check in for a particular kind of visit</source>
        <translation>按指定的来店事项签到</translation>
    </message>
    <message>
        <source>Someone looking for them</source>
        <translation>有人找他们</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Print flow sheet</source>
        <translation>打印流程表</translation>
    </message>
    <message>
        <source>Complaint…</source>
        <translation>登记客怨…</translation>
    </message>
    <message>
        <source>Record a complaint for this couple</source>
        <translation>为这对新人登记客怨</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>撤销签到</translation>
    </message>
    <message>
        <source>Checked in by mistake? Undo it: the visit, its flow and the appointment are put back (15 minutes; later a supervisor)</source>
        <translation>签错了？可以撤销：到店记录、流程和预约都恢复原样（15 分钟内由前台撤销，之后需主管）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接待</translation>
    </message>
    <message>
        <source>Someone is attending to this party now</source>
        <translation>已有人接待这组客人</translation>
    </message>
    <message>
        <source>Issue key</source>
        <translation>发钥匙</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>离店</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Waiting unattended</source>
        <translation>无人接待等候</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已接待</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>在店时长</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Red: nobody has received this party for {m} minutes or more — go to them now (Received when someone attends)</source>
        <translation>红色：这组客人已经 {m} 分钟以上没人接待——请马上过去（有人接待后点“已接待”）</translation>
    </message>
    <message>
        <source>Grey 'received': someone is attending to them</source>
        <translation>灰色“已接待”：已经有人在接待</translation>
    </message>
    <message>
        <source>Returned at counter</source>
        <translation>前台收回</translation>
    </message>
    <message>
        <source>Returned at bar</source>
        <translation>吧台收回</translation>
    </message>
    <message>
        <source>Key lost…</source>
        <translation>钥匙丢失…</translation>
    </message>
    <message>
        <source>Locker</source>
        <translation>保险柜</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发出时间</translation>
    </message>
    <message>
        <source>Out for</source>
        <translation>借出时长</translation>
    </message>
    <message>
        <source>Call-back result…</source>
        <translation>回访结果…</translation>
    </message>
    <message>
        <source>Call back on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Interested in</source>
        <translation>咨询内容</translation>
    </message>
    <message>
        <source>Phone log</source>
        <translation>电话记录</translation>
    </message>
    <message>
        <source>{n} found. Enter checks the couple in for today's appointment (or asks what they came for).</source>
        <translation>找到 {n} 条。按回车按今天的预约签到（没有预约时会询问来店事项）。</translation>
    </message>
    <message>
        <source>No couple selected</source>
        <translation>未选择新人</translation>
    </message>
    <message>
        <source>Search above, or create a new order.</source>
        <translation>请在上方搜索，或新建订单。</translation>
    </message>
    <message>
        <source>Order {order} · {package} · shoot date {date} · {phones}</source>
        <translation>订单 {order} · {package} · 拍摄日期 {date} · {phones}</translation>
    </message>
    <message>
        <source>Special requests: {text}</source>
        <translation>特殊要求：{text}</translation>
    </message>
    <message>
        <source>Undo the check-in of {who} ({m} min ago)? The visit, its flow and today's appointment are put back as they were.</source>
        <translation>撤销 {who} 的签到（{m} 分钟前）？到店记录、流程和今天的预约都将恢复原样。</translation>
    </message>
    <message>
        <source>More than {m} minutes have passed: a supervisor confirms with her PIN.</source>
        <translation>已超过 {m} 分钟：需由主管输入密码确认。</translation>
    </message>
    <message>
        <source>Personal touch</source>
        <translation>贴心提醒</translation>
    </message>
    <message>
        <source>Where they are</source>
        <translation>新人在哪里</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Printing is not available in this build.</source>
        <translation>此版本不支持打印。</translation>
    </message>
    <message>
        <source>Select a guest in the store first.</source>
        <translation>请先在在店客人中选择一位。</translation>
    </message>
    <message>
        <source>Key lost</source>
        <translation>钥匙丢失</translation>
    </message>
    <message>
        <source>What happened to key {n}?</source>
        <translation>{n} 号钥匙发生了什么？</translation>
    </message>
    <message>
        <source>Keys out ({n})</source>
        <translation>未还钥匙 ({n})</translation>
    </message>
    <message>
        <source>Call-backs due ({n})</source>
        <translation>待回访 ({n})</translation>
    </message>
    <message>
        <source>Lent · found ({n})</source>
        <translation>借用 · 失物 ({n})</translation>
    </message>
</context>
<context>
    <name>Checkin</name>
    <message>
        <source>The pattern needs a counter: NN (or NNN …), e.g. YLyyyymmdd-NN.</source>
        <translation>规则需要一个序号：NN（或 NNN …），例如 YLyyyymmdd-NN。</translation>
    </message>
    <message>
        <source>Only one counter (NN) in the pattern.</source>
        <translation>规则中只能有一个序号（NN）。</translation>
    </message>
    <message>
        <source>Letters, digits and - only, at most 32 characters in the number (e.g. {sample}).</source>
        <translation>编号只能用字母、数字和 -，最多 32 个字符（例如 {sample}）。</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>Call-backs due: {n}</source>
        <extracomment>The change topics (app.core.changes) the counters are computed from.</extracomment>
        <translation>今日应回访：{n}</translation>
    </message>
    <message>
        <source>Complaints overdue: {n}</source>
        <translation>逾期客怨：{n}</translation>
    </message>
    <message>
        <source>Working-day calendar incomplete</source>
        <translation>工作日日历不完整</translation>
    </message>
</context>
<context>
    <name>ConsultDialog</name>
    <message>
        <source>Consultation walk-in</source>
        <translation>咨询登记</translation>
    </message>
    <message>
        <source>Show the process, offer to book at the main store, and agree when to call back.</source>
        <translation>介绍拍摄流程，邀请到总店预订，并约好回访时间。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Heard of us</source>
        <translation>从何得知</translation>
    </message>
    <message>
        <source>Interested in</source>
        <translation>咨询内容</translation>
    </message>
    <message>
        <source>Call back on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Party size</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>Unattended: {n} parties</source>
        <translation>无人接待 {n} 组</translation>
    </message>
    <message>
        <source>Over a flow limit: {n} couples</source>
        <translation>流程超时 {n} 组</translation>
    </message>
    <message>
        <source>In the store: {n} parties, {p} people</source>
        <translation>在店：{n} 组，共 {p} 人</translation>
    </message>
    <message>
        <source>Waiting too long (unattended {u} · over a flow limit {f}</source>
        <translation>等候超时（无人接待 {u} · 流程超时 {f}</translation>
    </message>
    <message>
        <source>)</source>
        <translation>）</translation>
    </message>
    <message>
        <source>Everyone else in the store (of {total} parties in the store)</source>
        <translation>其他在店客人（共在店 {total} 组）</translation>
    </message>
    <message>
        <source>; {b} in both, counted once</source>
        <translation>；其中 {b} 组两者都有，只计一次</translation>
    </message>
</context>
<context>
    <name>CoupleDialog</name>
    <message>
        <source>Edit order</source>
        <translation>修改订单</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Bride</source>
        <translation>新娘</translation>
    </message>
    <message>
        <source>Groom</source>
        <translation>新郎</translation>
    </message>
    <message>
        <source>Bride's phone</source>
        <translation>新娘电话</translation>
    </message>
    <message>
        <source>Groom's phone</source>
        <translation>新郎电话</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>套系</translation>
    </message>
    <message>
        <source>Shoot date</source>
        <translation>拍摄日期</translation>
    </message>
    <message>
        <source>Special requests</source>
        <translation>特殊要求</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Bride's birthday</source>
        <translation>新娘生日</translation>
    </message>
    <message>
        <source>Groom's birthday</source>
        <translation>新郎生日</translation>
    </message>
    <message>
        <source>Wedding date</source>
        <translation>婚期</translation>
    </message>
    <message>
        <source>Proposed from the studio's pattern: type to replace it.</source>
        <translation>按本店编号规则自动生成：直接输入即可替换。</translation>
    </message>
</context>
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
        <source>The database stayed locked by another counter or program for more than 5 seconds, so nothing was saved. Wait a moment and try again; if it keeps happening, close the program that holds it.</source>
        <translation>数据库被另一台前台或其他程序锁定超过 5 秒，因此没有保存任何内容。请稍候再试；如果一直如此，请关闭占用它的程序。</translation>
    </message>
    <message>
        <source>The database file or its folder has become read-only, so nothing was saved. Check the file's permissions and that the disk is not write-protected or failing, then try again.</source>
        <translation>数据库文件或其所在文件夹已变为只读，因此没有保存任何内容。请检查文件权限，以及磁盘是否写保护或出现故障，然后重试。</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database. Restore the latest good backup (Settings → Backups, or main.py restore).</source>
        <translation>数据库文件已损坏或不是数据库。请恢复最近一份完好的备份（设置 → 备份，或 main.py restore）。</translation>
    </message>
    <message>
        <source>The disk holding the database is full, so nothing was saved. Free some space on that disk, then try again: what you typed is still here.</source>
        <translation>存放数据库的磁盘已满，因此没有保存任何内容。请在该磁盘上腾出空间后重试：您输入的内容仍然保留。</translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check the path and the disk.</source>
        <translation>无法打开数据库文件，请检查路径和磁盘。</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the network and that the server is running, then try again.</source>
        <translation>无法连接数据库服务器。请检查网络，并确认服务器已开启，然后重试。</translation>
    </message>
    <message>
        <source>The database server refused the login. Check the user name and password in the database address.</source>
        <translation>数据库服务器拒绝登录。请检查数据库地址中的用户名和密码。</translation>
    </message>
    <message>
        <source>The database address names no database, or that database does not exist on the server. Check the address or create the database.</source>
        <translation>数据库地址中没有写数据库名，或服务器上没有该数据库。请检查地址，或先创建该数据库。</translation>
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
    <name>Forms</name>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+回车）</translation>
    </message>
</context>
<context>
    <name>HandoverTab</name>
    <message>
        <source>Handover waiting: {name} {time}</source>
        <translation>交接班待接收：{name} {time}</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Help — a day at the counter</source>
        <translation>帮助——前台的一天</translation>
    </message>
</context>
<context>
    <name>IssueKeyDialog</name>
    <message>
        <source>Issue locker key</source>
        <translation>发放保险柜钥匙</translation>
    </message>
    <message>
        <source>Locker</source>
        <translation>保险柜</translation>
    </message>
    <message>
        <source>Remind the guest: the key comes back to the counter or the bar.</source>
        <translation>提醒客人：钥匙请交回前台或吧台。</translation>
    </message>
    <message>
        <source>No free locker.</source>
        <translation>没有空闲的保险柜。</translation>
    </message>
</context>
<context>
    <name>LeadOutcomeDialog</name>
    <message>
        <source>Call-back result: {name}</source>
        <translation>回访结果：{name}</translation>
    </message>
    <message>
        <source>Heard of us: {source}. Interested in: {interest}</source>
        <translation>从何得知：{source}。想了解：{interest}</translation>
    </message>
    <message>
        <source>The new order's number, e.g. YL20261120-03</source>
        <translation>新订单号，例如 YL20261120-03</translation>
    </message>
    <message>
        <source>What was said (optional)</source>
        <translation>沟通内容（可不填）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Call again on</source>
        <translation>下次回访</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Leads</name>
    <message>
        <source>Walked by</source>
        <translation>路过进店</translation>
    </message>
    <message>
        <source>Referred by a past couple</source>
        <translation>老客介绍</translation>
    </message>
    <message>
        <source>Dianping</source>
        <translation>大众点评</translation>
    </message>
    <message>
        <source>Xiaohongshu</source>
        <translation>小红书</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>No suitable date</source>
        <translation>档期不合适</translation>
    </message>
    <message>
        <source>Chose another studio</source>
        <translation>选择了别家影楼</translation>
    </message>
    <message>
        <source>Never answered</source>
        <translation>一直联系不上</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>仍在跟进</translation>
    </message>
    <message>
        <source>Booked with us</source>
        <translation>已在本店下单</translation>
    </message>
    <message>
        <source>Booked at another store</source>
        <translation>已在其他门店预约</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Keep at least one entry.</source>
        <translation>至少保留一项。</translation>
    </message>
    <message>
        <source>This entry is already on the list.</source>
        <translation>这一项已在列表中。</translation>
    </message>
    <message>
        <source>Pick where they heard of us from the list.</source>
        <translation>请从列表中选择从何得知。</translation>
    </message>
    <message>
        <source>Pick what came of the lead.</source>
        <translation>请选择咨询结果。</translation>
    </message>
    <message>
        <source>Booked: enter the new order's number.</source>
        <translation>已下单：请输入新订单号。</translation>
    </message>
    <message>
        <source>No order {no}: create the order first.</source>
        <translation>没有订单 {no}：请先建立订单。</translation>
    </message>
    <message>
        <source>Lost: pick the reason from the list.</source>
        <translation>流失：请从列表中选择原因。</translation>
    </message>
    <message>
        <source>Still open: when do we call again?</source>
        <translation>仍在跟进：下次什么时候回访？</translation>
    </message>
    <message>
        <source>Start a shift first: the outcome records who took it.</source>
        <translation>请先上班：结果要记录是谁登记的。</translation>
    </message>
    <message>
        <source>(nobody on shift)</source>
        <translation>（无人当班）</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>全部咨询</translation>
    </message>
</context>
<context>
    <name>LeadsPage</name>
    <message>
        <source>The counter records where each consultation walk-in heard of the studio and, after the call-backs, what came of it. The review's conversion rate counts them by receptionist and by source.</source>
        <translation>前台为每位咨询客人记录从何得知本店，回访后记录结果。小结中的带客成功率按接待人和来源统计。</translation>
    </message>
    <message>
        <source>Heard of us</source>
        <translation>从何得知</translation>
    </message>
    <message>
        <source>A new source, e.g. Douyin</source>
        <translation>新的来源，例如 抖音</translation>
    </message>
    <message>
        <source>Reasons a lead is lost</source>
        <translation>流失原因</translation>
    </message>
    <message>
        <source>A new reason</source>
        <translation>新的原因</translation>
    </message>
</context>
<context>
    <name>ListOptionEditor</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>LockersPage</name>
    <message>
        <source>Locker</source>
        <translation>柜号</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>借出时长</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>在前台</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>柜号</translation>
    </message>
    <message>
        <source>New locker</source>
        <translation>新增保险柜</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Remove locker</source>
        <translation>删除保险柜</translation>
    </message>
    <message>
        <source>Remove locker {n}? A locker whose key was ever lent cannot be removed: switch it off instead.</source>
        <translation>删除 {n} 号保险柜？借出过钥匙的保险柜不能删除，请改为停用。</translation>
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
        <extracomment>The tabs in order: key, attribute, factory (module, class). A tab is built the first time it is shown or asked for (``tab(key)``); until then its page is an empty widget and it does no work. What each tab shows, as change topics (the first part of an audit action, app.core.changes): a change elsewhere refreshes a tab only when it touches one of these. Staff and settings touch every tab.</extracomment>
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
        <source>Change my PIN…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Client-safe screen</source>
        <translation>客户可见模式</translation>
    </message>
    <message>
        <source>Hide phone numbers, notes and complaint details while a customer looks at the screen (F9)</source>
        <translation>客户看屏幕时隐藏电话、备注和客诉详情（F9）</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>D&amp;ata</source>
        <translation>数据(&amp;A)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>管理(&amp;M)</translation>
    </message>
    <message>
        <source>Staff…</source>
        <translation>员工…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Audit trail…</source>
        <translation>操作记录…</translation>
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
        <source>Client-safe: phones, notes and complaint details hidden (F9)</source>
        <translation>客户可见模式：电话、备注、客诉详情已隐藏（F9）</translation>
    </message>
    <message>
        <source>A supervisor opens this with her PIN.</source>
        <translation>需由主管输入个人密码打开。</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>Change shift</source>
        <translation>换班</translation>
    </message>
    <message>
        <source>The outgoing receptionist submits the handover here; the next receptionist reads it and accepts it with her own PIN. The shift changes when it is accepted.</source>
        <translation>换班请在这里办理：当班前台提交交接班，下一班前台阅读后用自己的密码确认接班。确认后才完成换班。</translation>
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
    <name>Run</name>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>StatusCounters</name>
    <message>
        <source>Parties nobody has received at the counter: click to see them in the in-store list</source>
        <translation>到店后没人接待的客人：点击在“在店客人”中查看</translation>
    </message>
    <message>
        <source>Couples over a station's limit on the flow board: click to open the board</source>
        <translation>流程看板上超过环节时限的新人：点击打开看板</translation>
    </message>
    <message>
        <source>Guests waiting between stations or in the lounge with nobody looking in (巡查): click for the list on the check-in tab</source>
        <translation>在环节之间或休息室等候、无人照看的客人（巡查）：点击查看签到页的名单</translation>
    </message>
    <message>
        <source>Complaints past a deadline: click to open the complaints list</source>
        <translation>已过期限的客怨：点击打开客怨列表</translation>
    </message>
    <message>
        <source>Complaint call-backs (回访) due today or earlier: click for the call-back list on the complaints tab</source>
        <translation>今天（含之前）应做的客怨回访：点击打开客怨页的回访名单</translation>
    </message>
    <message>
        <source>The working-day calendar needs the coming year's holidays: click for the complaints tab</source>
        <translation>工作日日历缺少来年的节假日：点击打开客怨页</translation>
    </message>
    <message>
        <source>A handover is waiting to be accepted: click to open it</source>
        <translation>有交接班等待接收：点击打开</translation>
    </message>
    <message>
        <source>DEMO · demo data, the clock started at {time} on {day}</source>
        <translation>演示 · 演示数据，时钟从 {day} {time} 开始</translation>
    </message>
    <message>
        <source>Started with --demo: a busy Saturday morning, on the demo's own clock (moving in real time). Use a new database for real work.</source>
        <translation>用 --demo 启动：一个繁忙的周六上午，使用演示自己的时钟（实时走动）。正式使用请换一个新的数据库。</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>Try again now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Last reached {when}.</source>
        <translation>上次连通：{when}。</translation>
    </message>
    <message>
        <source>Retrying every few seconds; what you typed stays.</source>
        <translation>每隔几秒自动重试；已输入的内容不会丢失。</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>No visit #{id}.</source>
        <translation>没有到店记录 #{id}。</translation>
    </message>
    <message>
        <source>They have already been checked out: a finished visit is not undone.</source>
        <translation>客人已经离店：已结束的到店记录不能撤销。</translation>
    </message>
    <message>
        <source>A locker key is still out for this visit: take it back first.</source>
        <translation>这次到店还有保险柜钥匙没有归还：请先收回钥匙。</translation>
    </message>
    <message>
        <source>More than {m} minutes have passed since the check-in: only a supervisor can undo it now.</source>
        <translation>签到已超过 {m} 分钟：现在只有主管可以撤销。</translation>
    </message>
    <message>
        <source>Nobody is on shift: start a shift first.</source>
        <translation>现在没有人当班：请先开始当班。</translation>
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
        <source>Contains a character that cannot be saved (a control character or a broken one); retype it.</source>
        <translation>含有无法保存的字符（控制字符或损坏的字符），请重新输入。</translation>
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
    <name>VisitorDialog</name>
    <message>
        <source>Visitor for {names}</source>
        <translation>找 {names} 的访客</translation>
    </message>
    <message>
        <source>e.g. bridesmaid, mother of the bride</source>
        <translation>例如：伴娘、新娘妈妈</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Party size</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>{m} min</source>
        <extracomment>Free text (a description, a note): the one kind of column that may be elided; it takes the room left over and shows its whole text in the tooltip. Every other column is sized to its content. The text after a short pause in typing. Enter pressed (or a scan finished): the full text.</extracomment>
        <translation>{m}分钟</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h}小时{m}分</translation>
    </message>
</context>
</TS>