<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdvancePanel</name>
    <message>
        <source>Advance</source>
        <translation>推进</translation>
    </message>
    <message>
        <source>Space on the board switches between bride and groom</source>
        <translation>在看板上按空格键切换新娘/新郎</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>PIN of the person signing</source>
        <translation>签收人的密码</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>接手人</translation>
    </message>
    <message>
        <source>Special requests relayed and read</source>
        <translation>特殊要求已转达并阅读</translation>
    </message>
    <message>
        <source>Advance (Enter)</source>
        <translation>推进（回车）</translation>
    </message>
    <message>
        <source>Pick a couple in the list</source>
        <translation>请在列表中选择一对新人</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>to relay to the makeup artist</source>
        <translation>须转达化妆师</translation>
    </message>
    <message>
        <source>Special requests ({state}): {text}</source>
        <translation>特殊要求（{state}）：{text}</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>Taken to {station} by</source>
        <translation>带去{station}的人</translation>
    </message>
    <message>
        <source>Name who takes them to the next station.</source>
        <translation>请指定带客人去下一站的人。</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct the sign-off of {station}</source>
        <translation>更正{station}的签收</translation>
    </message>
    <message>
        <source>The signed entry is kept as it is; the correction is added with its reason and both show in the history.</source>
        <translation>原签收记录保持不变；更正作为新记录连同原因一起保存，历史中两条都可见。</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>实际操作人</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Corrected by</source>
        <translation>更正人</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>Not yet</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>途中</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Waiting for handoff</source>
        <translation>等待交接</translation>
    </message>
    <message>
        <source>Lounge, waiting for partner</source>
        <translation>休息室等候另一半</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
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
        <source>Couple</source>
        <translation>新人</translation>
    </message>
    <message>
        <source>No flow #{id}.</source>
        <translation>没有流程 #{id}。</translation>
    </message>
    <message>
        <source>No flow step #{id}.</source>
        <translation>没有流程环节 #{id}。</translation>
    </message>
    <message>
        <source>This couple's flow was just changed in another window. The board has been reloaded: check and try again.</source>
        <translation>这对新人的流程刚在另一个窗口被修改。看板已刷新，请核对后再试。</translation>
    </message>
    <message>
        <source>This flow is already finished.</source>
        <translation>该流程已经结束。</translation>
    </message>
    <message>
        <source>Name the staff member.</source>
        <translation>请指定员工。</translation>
    </message>
    <message>
        <source>This staff member is not active.</source>
        <translation>该员工已停用。</translation>
    </message>
    <message>
        <source>{name} cannot work at {station}: it needs the role {role}.</source>
        <translation>{name}不能在{station}工作：需要“{role}”岗位。</translation>
    </message>
    <message>
        <source>{station}: cannot go from “{old}” to “{new}”.</source>
        <translation>{station}：不能从“{old}”变为“{new}”。</translation>
    </message>
    <message>
        <source>{station} is not the current step: finish the steps before it first.</source>
        <translation>{station}不是当前环节：请先完成前面的环节。</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>Not done: the guests left the store at {time}.</source>
        <translation>未完成：客人已于 {time} 离店。</translation>
    </message>
    <message>
        <source>Read the special requests to {name} and tick that they were relayed.</source>
        <translation>请向{name}转达特殊要求，并勾选“已转达”。</translation>
    </message>
    <message>
        <source>The finish time is before the start time.</source>
        <translation>完成时间早于开始时间。</translation>
    </message>
    <message>
        <source>The finish time is in the future.</source>
        <translation>完成时间晚于现在。</translation>
    </message>
    <message>
        <source>Nobody to hand over: the next step is not ready (waiting for the partner or already under way).</source>
        <translation>无法交接：下一环节还不能开始（在等另一半，或已在进行）。</translation>
    </message>
    <message>
        <source>A correction records the step as done or not done.</source>
        <translation>更正只能把环节记为已完成或未完成。</translation>
    </message>
    <message>
        <source>Only a signed step (done or not done) can be corrected.</source>
        <translation>只有已签收的环节（已完成或未完成）才能更正。</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>请填写备注。</translation>
    </message>
    <message>
        <source>The special requests were already confirmed.</source>
        <translation>特殊要求已经确认过。</translation>
    </message>
    <message>
        <source>Nothing to advance.</source>
        <translation>暂无可推进的操作。</translation>
    </message>
    <message>
        <source>{station} done: sign, hand over to {next}</source>
        <translation>{station}完成：签收，交接到{next}</translation>
    </message>
    <message>
        <source>{station} done: sign</source>
        <translation>{station}完成：签收</translation>
    </message>
    <message>
        <source>Start {station}</source>
        <translation>开始{station}</translation>
    </message>
    <message>
        <source>Hand over to {station}</source>
        <translation>交接到{station}</translation>
    </message>
    <message>
        <source>Choose the bride or the groom.</source>
        <translation>请选择新娘或新郎。</translation>
    </message>
    <message>
        <source>Nothing to advance for the {person} now.</source>
        <translation>{person}现在没有可推进的环节。</translation>
    </message>
    <message>
        <source>{station} finished · waiting for handoff</source>
        <translation>{station}已完成 · 等待交接</translation>
    </message>
    <message>
        <source>Lounge</source>
        <translation>休息室</translation>
    </message>
    <message>
        <source>Signed done</source>
        <translation>签收完成</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Correction → {state}</source>
        <translation>更正 → {state}</translation>
    </message>
    <message>
        <source>No flow template {code}.</source>
        <translation>没有流程模板 {code}。</translation>
    </message>
    <message>
        <source>No station #{id}.</source>
        <translation>没有环节 #{id}。</translation>
    </message>
    <message>
        <source>A flow needs at least one station.</source>
        <translation>流程至少需要一个环节。</translation>
    </message>
    <message>
        <source>Each step is for the couple, the bride or the groom.</source>
        <translation>每个环节须指定新人、新娘或新郎。</translation>
    </message>
    <message>
        <source>Unknown station {code}.</source>
        <translation>未知环节 {code}。</translation>
    </message>
    <message>
        <source>Due days must be between 0 and 365.</source>
        <translation>期限天数须在 0 到 365 之间。</translation>
    </message>
    <message>
        <source>Only one bride step and one groom step can run side by side.</source>
        <translation>同一序号只能并行一个新娘环节和一个新郎环节。</translation>
    </message>
    <message>
        <source>Between 1 and 240 minutes.</source>
        <translation>请填写 1 到 240 分钟之间。</translation>
    </message>
    <message>
        <source>Between 0 and 1000 photos.</source>
        <translation>在 0 到 1000 张之间。</translation>
    </message>
</context>
<context>
    <name>FlowReportsPage</name>
    <message>
        <source>By station</source>
        <translation>按环节</translation>
    </message>
    <message>
        <source>By staff member</source>
        <translation>按员工</translation>
    </message>
    <message>
        <source>One couple</source>
        <translation>单对新人</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Average time</source>
        <translation>平均用时</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>最长用时</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最长等候</translation>
    </message>
    <message>
        <source>Waits over limit</source>
        <translation>等候超时</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>用时超限</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Type or scan an order number.</source>
        <translation>请输入或扫描订单号。</translation>
    </message>
    <message>
        <source>{names}: {n} steps, {over} over the limit, {flagged} not done or skipped.</source>
        <translation>{names}：共 {n} 个环节，{over} 个超时，{flagged} 个未完成或跳过。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Flows started {a} to {b}. Waits count the time on the way and at the station.</source>
        <translation>统计 {a} 至 {b} 开始的流程。等候时间包括途中和在该环节等候的时间。</translation>
    </message>
</context>
<context>
    <name>FlowSettingsDialog</name>
    <message>
        <source>Flow settings</source>
        <translation>环节与流程设置</translation>
    </message>
    <message>
        <source>Acting supervisor</source>
        <translation>操作主管</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Alert when left between stations longer than</source>
        <translation>环节之间无人交接超过此时间即提醒</translation>
    </message>
    <message>
        <source>Extra photos per added day of retouching</source>
        <translation>每多选几张照片修片加一天</translation>
    </message>
    <message>
        <source>Once the selection sheet is signed, post-production is due from that day; the extra photos chosen make retouching longer.</source>
        <translation>选片单签字后，后期制作从当天起算期限；加选的照片越多，修片时间越长。</translation>
    </message>
    <message>
        <source>Rounds (巡查): a waiting guest needs a round after</source>
        <translation>巡查：等候的客人无人照看达到</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Stations themselves (names, colours, alert limits) are edited in Settings ▸ Stations.</source>
        <translation>站点本身（名称、颜色、提醒时限）在“设置 ▸ 站点与提醒时限”中编辑。</translation>
    </message>
    <message>
        <source> photos</source>
        <translation> 张</translation>
    </message>
    <message>
        <source>no extra time</source>
        <translation>不加时间</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Steps with the same number run side by side (bride and groom). Flows already started keep their steps.</source>
        <translation>序号相同的环节并行（新娘与新郎）。已开始的流程保持原来的环节。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Due after (days)</source>
        <translation>期限（天）</translation>
    </message>
    <message>
        <source>due +</source>
        <translation>期限 +</translation>
    </message>
    <message>
        <source> d</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Side by side with the selected step</source>
        <translation>与所选环节并行</translation>
    </message>
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
    <message>
        <source>Save flow</source>
        <translation>保存流程</translation>
    </message>
    <message>
        <source>Flow {name} saved.</source>
        <translation>流程“{name}”已保存。</translation>
    </message>
    <message>
        <source>Handoff alert limit saved.</source>
        <translation>交接提醒时限已保存。</translation>
    </message>
    <message>
        <source>Rounds interval saved.</source>
        <translation>巡查间隔已保存。</translation>
    </message>
    <message>
        <source>Retouching time for extra photos saved.</source>
        <translation>加选照片的修片时间已保存。</translation>
    </message>
</context>
<context>
    <name>FlowTab</name>
    <message>
        <source>Find: name, pinyin, last 4 digits or order number (scan), then Enter</source>
        <translation>查找：姓名、拼音、手机后四位或订单号（可扫码），然后回车</translation>
    </message>
    <message>
        <source>Finds a couple on the board as check-in does (Ctrl+F); scanning the picked couple's sheet again advances</source>
        <translation>和签到页一样在看板上查找新人（Ctrl+F）；已选中的新人再扫一次流程表即执行下一步</translation>
    </message>
    <message>
        <source>Groom styling order…</source>
        <translation>新郎造型顺序…</translation>
    </message>
    <message>
        <source>Stations and flows…</source>
        <translation>环节与流程设置…</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Post-production</source>
        <translation>后期进度</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>{text}: {minutes} (limit {limit})</source>
        <translation>{text}：{minutes}（上限 {limit}）</translation>
    </message>
    <message>
        <source>The couple together: {t} in this state</source>
        <translation>两人一起，在本环节 {t}</translation>
    </message>
    <message>
        <source>Bride: {b} in this state · Groom: {g}</source>
        <translation>新娘在本环节 {b} · 新郎 {g}</translation>
    </message>
    <message>
        <source>★ confirmed</source>
        <translation>★ 已确认</translation>
    </message>
    <message>
        <source>★ to relay</source>
        <translation>★ 待转达</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>新人</translation>
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
        <source>(with the bride)</source>
        <translation>（与新娘同行）</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>In this state (bride / groom)</source>
        <translation>本环节用时（新娘/新郎）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总时长</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一站</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>特殊要求</translation>
    </message>
    <message>
        <source>Styling #</source>
        <translation>造型顺序</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>更新人</translation>
    </message>
    <message>
        <source>Not done…</source>
        <translation>未完成…</translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation>跳过…</translation>
    </message>
    <message>
        <source>Correct sign-off…</source>
        <translation>更正签收…</translation>
    </message>
    <message>
        <source>Outfit note…</source>
        <translation>服装备注…</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>备注：{text}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Sign-off history</source>
        <translation>签收记录</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Red (blinking): the bride or groom has been at this station, or on the way to it, longer than its limit — go and look</source>
        <translation>红色（闪烁）：新娘或新郎在这个环节（或去这个环节的路上）已超过时限——请去看看</translation>
    </message>
    <message>
        <source>At a station</source>
        <translation>所在环节</translation>
    </message>
    <message>
        <source>Tinted with the station's colour: where the bride / groom is now and how long (bride / groom: paired minutes)</source>
        <translation>环节颜色：新娘 / 新郎此刻所在的环节和时长（“新娘 / 新郎”成对显示分钟数）</translation>
    </message>
    <message>
        <source>Orange star: special requests not yet relayed to the makeup artist</source>
        <translation>橙色星号：特殊要求还没有转达给化妆师</translation>
    </message>
    <message>
        <source>Nobody matching {code} is on the board today.</source>
        <translation>今天的看板上没有与“{code}”相符的新人。</translation>
    </message>
    <message>
        <source>{names}: {action} — press Enter to do it.</source>
        <translation>{names}：{action} — 按回车执行。</translation>
    </message>
    <message>
        <source>{station}: recorded.</source>
        <translation>{station}：已记录。</translation>
    </message>
    <message>
        <source>{station}: correction recorded.</source>
        <translation>{station}：更正已记录。</translation>
    </message>
    <message>
        <source>{station}: note added.</source>
        <translation>{station}：备注已添加。</translation>
    </message>
    <message>
        <source>No groom is waiting for styling.</source>
        <translation>目前没有等候造型的新郎。</translation>
    </message>
    <message>
        <source>{n} couples on the board · {a} over the limit</source>
        <translation>看板上 {n} 对新人 · {a} 对超时</translation>
    </message>
</context>
<context>
    <name>GroomOrderDialog</name>
    <message>
        <source>Groom styling order</source>
        <translation>新郎造型顺序</translation>
    </message>
    <message>
        <source>Suggested order: grooms whose bride is furthest in makeup first. Move a groom up or down, then confirm as floor control.</source>
        <translation>建议顺序：新娘化妆进度最快的新郎优先。可上下调整，然后由场控确认。</translation>
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
        <source>Floor control</source>
        <translation>场控</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note for {station}</source>
        <translation>{station}备注</translation>
    </message>
    <message>
        <source>e.g. white gown OK, qipao collar taken in</source>
        <translation>例如：白纱OK，秀禾领口改小</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>填写人</translation>
    </message>
</context>
<context>
    <name>PostProductionPage</name>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>新人</translation>
    </message>
    <message>
        <source>Now at</source>
        <translation>当前环节</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>本环节截止</translation>
    </message>
    <message>
        <source>Photos ready</source>
        <translation>预计可取件</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} 天</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Skip {station}</source>
        <translation>跳过{station}</translation>
    </message>
    <message>
        <source>{station} not done</source>
        <translation>{station}未完成</translation>
    </message>
    <message>
        <source>A skipped step stays flagged in every report.</source>
        <translation>跳过的环节会在所有报表中标出。</translation>
    </message>
    <message>
        <source>Say why the work was not done (e.g. rain: no outdoor shoot).</source>
        <translation>请说明未完成的原因（例如：下雨，外景未拍）。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>决定人</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <source>Round</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>waiting {m}</source>
        <translation>已等候 {m}</translation>
    </message>
    <message>
        <source>Last round {time} by {who}: {note}</source>
        <translation>上次巡查 {time}（{who}）：{note}</translation>
    </message>
    <message>
        <source>What was done (a quick pick above, or type it)</source>
        <translation>做了什么（点上面的常用项，或直接输入）</translation>
    </message>
    <message>
        <source>Log round</source>
        <translation>记录巡查</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <source>Between 1 and 240 minutes.</source>
        <translation>1 到 240 分钟之间。</translation>
    </message>
    <message>
        <source>Brought water</source>
        <translation>送水</translation>
    </message>
    <message>
        <source>Brought magazines</source>
        <translation>送杂志</translation>
    </message>
    <message>
        <source>Told them the bride is nearly ready</source>
        <translation>告知新娘快好了</translation>
    </message>
    <message>
        <source>Told them how long it will be</source>
        <translation>告知还需等候多久</translation>
    </message>
    <message>
        <source>All fine, chatted</source>
        <translation>客人一切安好，聊了几句</translation>
    </message>
    <message>
        <source>Finished {done}, waiting to be taken to {next}</source>
        <translation>{done}已完成，等候带往{next}</translation>
    </message>
    <message>
        <source>Waiting to be taken to {next}</source>
        <translation>等候带往{next}</translation>
    </message>
    <message>
        <source>At {station}, not started yet</source>
        <translation>已到{station}，尚未开始</translation>
    </message>
    <message>
        <source>{n} waiting guests need a round</source>
        <translation>{n} 位等候的客人需要巡查</translation>
    </message>
    <message>
        <source>Say in a few words what was done (e.g. brought water).</source>
        <translation>请简单写下做了什么（例如：送水）。</translation>
    </message>
    <message>
        <source>Choose the bride, the groom or both.</source>
        <translation>请选择新娘、新郎或两人。</translation>
    </message>
    <message>
        <source>Nobody is on shift: start a shift first.</source>
        <translation>当前无人当班：请先开始当班。</translation>
    </message>
    <message>
        <source>No such guest in the store.</source>
        <translation>店内没有这位客人。</translation>
    </message>
    <message>
        <source>This guest has left the store ({time}).</source>
        <translation>这位客人已离店（{time}）。</translation>
    </message>
    <message>
        <source>No such active staff member.</source>
        <translation>没有这位在职员工。</translation>
    </message>
</context>
<context>
    <name>RoundsPanel</name>
    <message>
        <source>Round…</source>
        <translation>巡查…</translation>
    </message>
    <message>
        <source>You looked in on the selected guest: log what was done (restarts their clock)</source>
        <translation>已去看过所选客人：记录做了什么（重新计时）</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Where / waiting for</source>
        <translation>位置 / 等候什么</translation>
    </message>
    <message>
        <source>Unattended</source>
        <translation>无人照看</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等候</translation>
    </message>
    <message>
        <source>Last round</source>
        <translation>上次巡查</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>To look after ({n})</source>
        <translation>待巡查 ({n})</translation>
    </message>
    <message>
        <source>Waiting {m} minutes or more with nobody looking in: go to them.</source>
        <translation>等候 {m} 分钟以上无人照看：请马上过去。</translation>
    </message>
    <message>
        <source>Nobody is waiting unattended.</source>
        <translation>目前没有无人照看的等候客人。</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>Select a waiting guest first.</source>
        <translation>请先选择一位等候的客人。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>A colour like #26a69a.</source>
        <translation>颜色格式如 #26a69a。</translation>
    </message>
    <message>
        <source>Between 0 (no alert) and 30 days.</source>
        <translation>0（不提醒）到 30 天之间。</translation>
    </message>
    <message>
        <source>A short code: lower-case letters, digits and _, e.g. night_shoot.</source>
        <translation>简短代码：小写字母、数字和 _，例如 night_shoot。</translation>
    </message>
    <message>
        <source>This code is already used by another station.</source>
        <translation>此代码已被其他站点使用。</translation>
    </message>
    <message>
        <source>No station #{id}.</source>
        <translation>没有 #{id} 号站点。</translation>
    </message>
    <message>
        <source>Station {name} is in use ({where}): it cannot be removed. Switch it off instead.</source>
        <translation>站点“{name}”正在使用（{where}），不能删除，请改为停用。</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Unknown role: {r}</source>
        <translation>未知岗位：{r}</translation>
    </message>
</context>
<context>
    <name>StationsPage</name>
    <message>
        <source>The alert limit is how long a couple may stay at a station before the flow board marks it (0: never).</source>
        <translation>提醒时限：新人在某站停留超过该时长，流程看板就会标出（0：不提醒）。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Alert after</source>
        <translation>提醒时限</translation>
    </message>
    <message>
        <source>no alert</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>负责岗位</translation>
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
        <source>Pick…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>In use (shown on the flow board)</source>
        <translation>启用（显示在流程看板上）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>New station</source>
        <translation>新增站点</translation>
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
        <source>Station colour</source>
        <translation>站点颜色</translation>
    </message>
    <message>
        <source>Remove station</source>
        <translation>删除站点</translation>
    </message>
    <message>
        <source>Remove station {name}? A station that was ever used cannot be removed: switch it off instead.</source>
        <translation>删除站点“{name}”？使用过的站点不能删除，请改为停用。</translation>
    </message>
</context>
<context>
    <name>_StepColumns</name>
    <message>
        <source> (corrected)</source>
        <translation>（已更正）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>环节</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>途中</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Reason / notes</source>
        <translation>原因 / 备注</translation>
    </message>
</context>
</TS>