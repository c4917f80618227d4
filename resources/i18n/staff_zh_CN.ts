<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Audit</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Locker</source>
        <translation>保险柜</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>新人</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>到店登记</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Locker key</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>Staff added</source>
        <translation>新增员工</translation>
    </message>
    <message>
        <source>Staff changed</source>
        <translation>修改员工</translation>
    </message>
    <message>
        <source>Staff deactivated</source>
        <translation>停用员工</translation>
    </message>
    <message>
        <source>Staff reactivated</source>
        <translation>重新启用员工</translation>
    </message>
    <message>
        <source>Staff deleted</source>
        <translation>删除员工</translation>
    </message>
    <message>
        <source>PIN set at first use</source>
        <translation>首次使用设置密码</translation>
    </message>
    <message>
        <source>PIN reset by a supervisor</source>
        <translation>主管重设密码</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>Locked out (wrong PINs)</source>
        <translation>密码错误过多，已锁定</translation>
    </message>
    <message>
        <source>Tried while locked out</source>
        <translation>锁定期间尝试</translation>
    </message>
    <message>
        <source>Shift started</source>
        <translation>开始当班</translation>
    </message>
    <message>
        <source>Shift ended</source>
        <translation>结束当班</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Station added</source>
        <translation>新增站点</translation>
    </message>
    <message>
        <source>Station changed</source>
        <translation>修改站点</translation>
    </message>
    <message>
        <source>Station order changed</source>
        <translation>调整站点顺序</translation>
    </message>
    <message>
        <source>Station removed</source>
        <translation>删除站点</translation>
    </message>
    <message>
        <source>Locker added</source>
        <translation>新增保险柜</translation>
    </message>
    <message>
        <source>Locker changed</source>
        <translation>修改保险柜</translation>
    </message>
    <message>
        <source>Locker removed</source>
        <translation>删除保险柜</translation>
    </message>
    <message>
        <source>Full phone number shown</source>
        <translation>查看完整电话</translation>
    </message>
    <message>
        <source>Audit trail opened</source>
        <translation>打开操作记录</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Audit trail</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>所有记录</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>前台电脑</translation>
    </message>
    <message>
        <source>The record number is digits only.</source>
        <translation>记录编号只能是数字。</translation>
    </message>
    <message>
        <source>Pick the kind of record for the number.</source>
        <translation>请先选择记录类型，再输入编号。</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>修改前：</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>修改后：</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>恢复此备份…</translation>
    </message>
    <message>
        <source>At start-up</source>
        <translation>启动时</translation>
    </message>
    <message>
        <source>Before a program update</source>
        <translation>程序更新前</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>This counter works on a database server: back the server up on the server (pg_dump on a schedule, see the README). Restores are done there too.</source>
        <translation>本前台使用数据库服务器：请在服务器上备份（定时运行 pg_dump，见 README），恢复也在服务器上进行。</translation>
    </message>
    <message>
        <source>A backup is made when the program starts (once a day), before a program update and with Data ▸ Back up now; each is checked after writing. Kept for 30 days, the last 5 always. Folder: {folder}</source>
        <translation>程序启动时（每天一次）、程序更新前以及通过“数据 ▸ 立即备份”都会备份；每份写入后都会检查。保留 30 天，最近 5 份始终保留。文件夹：{folder}</translation>
    </message>
    <message>
        <source>{n} changes saved since then (check-ins, keys, flow steps, complaints, settings…) will be lost.</source>
        <translation>此后保存的 {n} 条更改（签到、钥匙、流程步骤、客怨、设置等）将丢失。</translation>
    </message>
    <message>
        <source>Nothing recorded in the audit trail has changed since then.</source>
        <translation>此后操作记录中没有任何更改。</translation>
    </message>
    <message>
        <source>Everything saved since then will be lost.</source>
        <translation>此后保存的所有内容都将丢失。</translation>
    </message>
    <message>
        <source>Restore the backup of {when}? The database goes back to how it was at {when}: {what} The file in use now is copied into the backups folder first, and every counter using this file sees the restored data.</source>
        <translation>要恢复 {when} 的备份吗？数据库将回到 {when} 时的状态：{what}当前使用的文件会先复制到备份文件夹中；使用此文件的每台前台电脑都会看到恢复后的数据。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>A supervisor restores a backup with her PIN.</source>
        <translation>恢复备份需主管输入 PIN。</translation>
    </message>
    <message>
        <source>Restore and lose the later changes</source>
        <translation>恢复并放弃之后的更改</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The backup could not be restored: {cause}</source>
        <translation>无法恢复备份：{cause}</translation>
    </message>
    <message>
        <source>Restored the backup of {when}. The file used before is kept as {file}.</source>
        <translation>已恢复 {when} 的备份。之前使用的文件保留为 {file}。</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <source>Change my PIN</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再输一次</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language of the program</source>
        <translation>程序语言</translation>
    </message>
    <message>
        <source>Applies to every counter PC the next time the program starts.</source>
        <translation>下次启动程序时对所有前台电脑生效。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved. Restart the program to switch.</source>
        <translation>已保存。重新启动程序后切换。</translation>
    </message>
</context>
<context>
    <name>OpeningDaysPage</name>
    <message>
        <source>The studio is open every day, weekends and public holidays included, except the days listed here (for example New Year's Eve). Call-backs and tomorrow's lists skip these days. Complaint deadlines do not: they count working days (the "Working days" page).</source>
        <translation>影楼每天营业（周末和法定节假日照常），下表所列日期除外（如除夕）。回访和明日名单会跳过这些日期；客怨时限不受影响，仍按工作日计算（见“工作日”页）。</translation>
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
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reason, e.g. New Year's Eve</source>
        <translation>原因，如：除夕</translation>
    </message>
    <message>
        <source>Mark closed</source>
        <translation>设为不营业</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>恢复营业</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message>
        <source>Type the PIN first (then Enter).</source>
        <translation>请先输入密码（再按回车）。</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>PIN, then Enter</source>
        <translation>输入密码后按回车</translation>
    </message>
    <message>
        <source>No PIN yet: the PIN typed now (4–12 digits, twice) becomes hers.</source>
        <translation>尚未设置密码：现在输入的密码（4–12 位数字，输两次）即成为本人密码。</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <source>Nobody here may do this.</source>
        <translation>没有可执行此操作的人员。</translation>
    </message>
    <message>
        <source>Pick who is acting.</source>
        <translation>请选择操作人。</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Say whose number: the bride's or the groom's.</source>
        <translation>请说明是新娘还是新郎的电话。</translation>
    </message>
    <message>
        <source>No couple #{id}.</source>
        <translation>没有 #{id} 号新人。</translation>
    </message>
    <message>
        <source>No bride's number recorded.</source>
        <translation>没有登记新娘电话。</translation>
    </message>
    <message>
        <source>No groom's number recorded.</source>
        <translation>没有登记新郎电话。</translation>
    </message>
    <message>
        <source>No lead #{id}.</source>
        <translation>没有 #{id} 号咨询客人。</translation>
    </message>
    <message>
        <source>Show full number</source>
        <extracomment>Emitted with the new client-safe state whenever it changes.</extracomment>
        <translation>查看完整电话</translation>
    </message>
    <message>
        <source>The screen is in client-safe mode (F9). Leave it first.</source>
        <translation>屏幕处于客户可见模式（F9），请先退出。</translation>
    </message>
    <message>
        <source>Showing a full phone number is recorded under your name.</source>
        <translation>查看完整电话会以您的名字记录在案。</translation>
    </message>
</context>
<context>
    <name>References</name>
    <message>
        <source>check-ins</source>
        <extracomment>table name -&gt; function returning a readable (translated) name. Areas may add theirs.</extracomment>
        <translation>条到店登记</translation>
    </message>
    <message>
        <source>consultation leads</source>
        <translation>条咨询记录</translation>
    </message>
    <message>
        <source>locker key loans</source>
        <translation>次钥匙借出</translation>
    </message>
    <message>
        <source>shifts</source>
        <translation>个班次</translation>
    </message>
    <message>
        <source>audit trail entries</source>
        <translation>条操作记录</translation>
    </message>
    <message>
        <source>flow template steps</source>
        <translation>个流程模板步骤</translation>
    </message>
    <message>
        <source>flow steps</source>
        <translation>个流程步骤</translation>
    </message>
    <message>
        <source>sign-offs</source>
        <translation>个签收</translation>
    </message>
    <message>
        <source>flow notes</source>
        <translation>条流程备注</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{n} {what}</source>
        <translation>{n} {what}</translation>
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
    <name>SetPinDialog</name>
    <message>
        <source>New PIN for {name}</source>
        <translation>为 {name} 设置新密码</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <source>Let {name} type it herself.</source>
        <translation>请让 {name} 本人输入。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Enter the studio's name: it heads every printout.</source>
        <translation>请填写影楼名称：每张打印单的抬头都会用到。</translation>
    </message>
    <message>
        <source>The logo must be an image (PNG, JPG, BMP, GIF or SVG).</source>
        <translation>标志必须是图片（PNG、JPG、BMP、GIF 或 SVG）。</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>Unknown language.</source>
        <translation>未知语言。</translation>
    </message>
    <message>
        <source>Pick a date.</source>
        <translation>请选择日期。</translation>
    </message>
    <message>
        <source>No override for {day}.</source>
        <translation>{day} 没有特别设定。</translation>
    </message>
    <message>
        <source>The studio is not marked closed on {day}.</source>
        <translation>{day} 未设为不营业。</translation>
    </message>
    <message>
        <source>Locker {n} already exists.</source>
        <translation>{n} 号保险柜已存在。</translation>
    </message>
    <message>
        <source>The key of locker {n} is out: take it back first.</source>
        <translation>{n} 号保险柜的钥匙尚未归还，请先收回。</translation>
    </message>
    <message>
        <source>Locker {n} has history ({where}): it cannot be removed. Switch it off instead.</source>
        <translation>{n} 号保险柜有使用记录（{where}），不能删除，请改为停用。</translation>
    </message>
    <message>
        <source>No locker #{id}.</source>
        <translation>没有 #{id} 号保险柜。</translation>
    </message>
    <message>
        <source>Only a supervisor may change this setting.</source>
        <translation>只有主管可以修改此设置。</translation>
    </message>
    <message>
        <source>Not a valid value for this setting.</source>
        <translation>此设置不接受该值。</translation>
    </message>
    <message>
        <source>Unknown setting: {key}</source>
        <translation>没有此设置：{key}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The flow templates (which stations a couple passes, in which order) and the handoff alert limit are kept with the flow board. Each change asks for a supervisor's PIN.</source>
        <translation>流程模板（新人依次经过哪些站点）和交接提醒时限随流程看板保存。每次修改都需要主管输入密码。</translation>
    </message>
    <message>
        <source>Open the flow settings…</source>
        <translation>打开流程设置…</translation>
    </message>
    <message>
        <source>Complaint categories with their standard handling texts, causes, and the working-day list for years the holiday calendar does not know. Each change asks for a supervisor's PIN.</source>
        <translation>客怨类别及其标准处理说明、原因，以及节假日日历尚未收录年份的工作日列表。每次修改都需要主管输入密码。</translation>
    </message>
    <message>
        <source>Open the complaint settings…</source>
        <translation>打开客怨设置…</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>影楼信息</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Stations &amp; alert limits</source>
        <translation>站点与提醒时限</translation>
    </message>
    <message>
        <source>Lockers</source>
        <translation>保险柜</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>咨询客人</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>套系</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Shift checklist</source>
        <translation>交接班检查项</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客怨</translation>
    </message>
    <message>
        <source>Opening days</source>
        <translation>营业日</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Changes are saved for every counter PC and recorded under {name}.</source>
        <translation>修改对所有前台电脑生效，并以 {name} 的名义记录。</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>Set up the studio</source>
        <translation>影楼初始设置</translation>
    </message>
    <message>
        <source>Welcome. No supervisor has been set up yet. Enter the studio's letterhead (it heads every printout), then your own name, role and a personal PIN (4–12 digits): you take the counter now and add the staff afterwards under Desk ▸ Staff…</source>
        <translation>欢迎使用。系统里还没有主管。请先填写影楼的抬头信息（每张打印单都会用到），再填写您本人的姓名、职务和个人密码（4–12 位数字）：设置完成后由您先接班，员工可以稍后在 前台 ▸ 员工… 中添加。</translation>
    </message>
    <message>
        <source>e.g. Golden Lady Wedding Photography (main store)</source>
        <translation>例如：金夫人婚纱摄影（总府店）</translation>
    </message>
    <message>
        <source>Studio name</source>
        <translation>影楼名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Studio phone</source>
        <translation>影楼电话</translation>
    </message>
    <message>
        <source>A logo can be added later under Settings ▸ Studio.</source>
        <translation>标志（Logo）可以稍后在 设置 ▸ 影楼信息 中添加。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>您的岗位</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <source>Start shift</source>
        <translation>开始当班</translation>
    </message>
    <message>
        <source>Who takes the counter</source>
        <translation>当班人员</translation>
    </message>
    <message>
        <source>No PIN yet: the PIN typed now (4–12 digits, twice) becomes hers.</source>
        <translation>尚未设置密码：现在输入的密码（4–12 位数字，输两次）即成为本人密码。</translation>
    </message>
    <message>
        <source>Pick who takes the counter.</source>
        <translation>请选择当班人员。</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Type a PIN.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>A PIN is digits only.</source>
        <translation>密码只能是数字。</translation>
    </message>
    <message>
        <source>A PIN has at least {n} digits.</source>
        <translation>密码至少 {n} 位数字。</translation>
    </message>
    <message>
        <source>A PIN has at most {n} digits.</source>
        <translation>密码最多 {n} 位数字。</translation>
    </message>
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
        <source>Say who is acting.</source>
        <translation>请说明由谁操作。</translation>
    </message>
    <message>
        <source>{name} is not active.</source>
        <translation>{name} 已停用。</translation>
    </message>
    <message>
        <source>{name} is locked out after too many wrong PINs. Try again at {time}, or ask a supervisor to set a new PIN.</source>
        <translation>{name} 密码错误次数过多，已被锁定。请在 {time} 后再试，或请主管重设密码。</translation>
    </message>
    <message>
        <source>{name} has no PIN yet: type a new PIN to set it. {problem}</source>
        <translation>{name} 尚未设置密码：请输入新密码进行设置。{problem}</translation>
    </message>
    <message>
        <source>Type {name}'s PIN.</source>
        <translation>请输入 {name} 的密码。</translation>
    </message>
    <message>
        <source>Wrong PIN. {name} is now locked out for {m} minutes.</source>
        <translation>密码错误。{name} 已被锁定 {m} 分钟。</translation>
    </message>
    <message>
        <source>Wrong PIN for {name}. {n} tries left before a lock-out.</source>
        <translation>{name} 的密码错误。再错 {n} 次将被锁定。</translation>
    </message>
    <message>
        <source>{name} may not do this: it needs the role {roles}.</source>
        <translation>{name} 无权执行此操作：需要岗位 {roles}。</translation>
    </message>
    <message>
        <source>The studio already has a supervisor: ask her to add staff.</source>
        <translation>影楼已有主管：请由主管添加员工。</translation>
    </message>
    <message>
        <source>The first person set up must be a supervisor.</source>
        <translation>第一位设置的人员必须是主管。</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>{name} is the last active supervisor: add another supervisor first.</source>
        <translation>{name} 是最后一位在职主管：请先添加另一位主管。</translation>
    </message>
    <message>
        <source>{name} is the last active executive manager: add another executive manager first.</source>
        <translation>{name} 是最后一位在职的执行经理：请先添加另一位执行经理。</translation>
    </message>
    <message>
        <source>A supervisor's PIN is set now: she types it here.</source>
        <translation>主管的密码须现在设置：请本人在此输入。</translation>
    </message>
    <message>
        <source>Set her PIN first: a supervisor role needs one.</source>
        <translation>请先设置她的密码：主管岗位必须有密码。</translation>
    </message>
    <message>
        <source>{name} is on shift at {terminal}: change the shift first.</source>
        <translation>{name} 正在 {terminal} 当班：请先换班。</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: used in {where}. Deactivate her instead.</source>
        <translation>{name} 不能删除：已用于 {where}。请改为停用。</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
</context>
<context>
    <name>StaffEditDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation>修改员工</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Two people may have the same name: they are shown with a number, e.g. 王丽 (2).</source>
        <translation>允许重名：重名员工会显示编号，例如 王丽 (2)。</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <source>She types her own PIN here. Staff other than supervisors may leave it empty and set it the first time they sign.</source>
        <translation>请本人在此输入密码。非主管员工可以留空，在第一次签名时设置。</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Find by name or role…</source>
        <translation>按姓名或岗位查找…</translation>
    </message>
    <message>
        <source>Show deactivated</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
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
        <source>New PIN…</source>
        <translation>重设密码…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Only for someone added by mistake who never did anything; otherwise deactivate.</source>
        <translation>只用于误加且从未操作过的人员；其他情况请停用。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until {t}</source>
        <translation>锁定至 {t}</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>Not yet (set at first use)</source>
        <translation>未设置（首次使用时设置）</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Deactivate {name}? She no longer appears in pickers; everything she signed stays.</source>
        <translation>停用 {name}？她将不再出现在人员选择中；她签过的记录全部保留。</translation>
    </message>
    <message>
        <source>Delete {name} for good? This is only possible for someone added by mistake.</source>
        <translation>永久删除 {name}？只有误加的人员才能删除。</translation>
    </message>
</context>
<context>
    <name>StudioPage</name>
    <message>
        <source>Shown at the top of flow sheets, complaint forms and handover printouts.</source>
        <translation>显示在流程表、客诉登记表和交接班打印件的顶部。</translation>
    </message>
    <message>
        <source>Optional: an image file</source>
        <translation>可选：一个图片文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Studio name</source>
        <translation>影楼名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>yyyy, mm, dd: the order's date; NN: the day's counter (01, 02, …).</source>
        <translation>yyyy、mm、dd：订单日期；NN：当天的序号（01、02 …）。</translation>
    </message>
    <message>
        <source>New order numbers</source>
        <translation>新订单编号</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>e.g. {number}</source>
        <translation>例如 {number}</translation>
    </message>
    <message>
        <source>Studio logo</source>
        <translation>影楼标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Too long: at most {n} characters.</source>
        <translation>太长：最多 {n} 个字符。</translation>
    </message>
</context>
<context>
    <name>WorkdaysPage</name>
    <message>
        <source>Deadlines count working days (such as the 5 working days for a complaint's result). Public holidays and make-up working days come from the official calendar; enter them here for a year it does not know yet. The days the studio itself is closed are on the "Opening days" page: they do not change deadlines.</source>
        <translation>时限按工作日计算（如客怨处理结果的 5 个工作日）。法定节假日和调休上班日取自官方日历；官方日历尚未收录的年份请在此录入。影楼自身不营业的日子请在“营业日”页设置，它们不影响时限。</translation>
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
        <source>Counts as</source>
        <translation>算作</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
</context>
</TS>