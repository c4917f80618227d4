<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BarChart</name>
    <message>
        <source>No data</source>
        <translation>暂无数据</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Morning shift</source>
        <translation>早班</translation>
    </message>
    <message>
        <source>Evening shift</source>
        <translation>晚班</translation>
    </message>
    <message>
        <source>Every shift</source>
        <translation>每班</translation>
    </message>
    <message>
        <source>An hour from 1 to 23.</source>
        <translation>请填 1 到 23 之间的整点。</translation>
    </message>
    <message>
        <source>"{text}" was already ticked by {name} at {time} in this shift.</source>
        <translation>本班“{text}”已由{name}于 {time} 勾选，不能重复勾选。</translation>
    </message>
    <message>
        <source>Nobody is on shift: start a shift first.</source>
        <translation>当前没有人当班：请先开始当班。</translation>
    </message>
    <message>
        <source>The handover was submitted at {time}: the checklist went with it. Withdraw the handover to change it.</source>
        <translation>交接班已于 {time} 提交，检查项已随交接班一并交出。如需修改，请先撤回交接班。</translation>
    </message>
    <message>
        <source>No such check on the list.</source>
        <translation>检查项中没有这一项。</translation>
    </message>
    <message>
        <source>"{text}" is no longer on the checklist.</source>
        <translation>“{text}”已不在检查项中。</translation>
    </message>
    <message>
        <source>"{text}" is not a check of the {shift}.</source>
        <translation>“{text}”不是{shift}的检查项。</translation>
    </message>
    <message>
        <source>This check is not ticked in this shift.</source>
        <translation>本班尚未勾选这一项。</translation>
    </message>
    <message>
        <source>Say what is to be checked.</source>
        <translation>请填写要检查的内容。</translation>
    </message>
    <message>
        <source>Too long: at most {n} characters.</source>
        <translation>太长：最多 {n} 个字。</translation>
    </message>
    <message>
        <source>Tick the shifts that do this check.</source>
        <translation>请勾选做这项检查的班次。</translation>
    </message>
    <message>
        <source>This check is already on the list.</source>
        <translation>检查项中已有这一项。</translation>
    </message>
    <message>
        <source>At most {n} checks: switch one off or change it instead.</source>
        <translation>最多 {n} 个检查项：请停用或修改已有的一项。</translation>
    </message>
    <message>
        <source>No check #{id}.</source>
        <translation>没有第 {id} 号检查项。</translation>
    </message>
    <message>
        <source>Move one place up or down.</source>
        <translation>只能上移或下移一位。</translation>
    </message>
    <message>
        <source>Shift checks not done ({kind}: {done} of {total} done)</source>
        <translation>本班未完成的检查项（{kind}：已完成 {done}/{total}）</translation>
    </message>
    <message>
        <source>Every check of the shift is done.</source>
        <translation>本班检查项已全部完成。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>The receptionist on shift ticks each check on the handover tab; the checks not done are shown to the next shift in the handover. A check is never deleted: switch it off.</source>
        <translation>当班前台在“交接班”页逐项勾选；未完成的检查项会在交接班中显示给下一班。检查项不能删除，只能停用。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>已停用</translation>
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
        <source>e.g. the weather notice at the door matches the weather</source>
        <translation>例如：门口天气提示与天气相符</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>New check</source>
        <translation>新增检查项</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Morning and evening shift</source>
        <translation>早班与晚班</translation>
    </message>
    <message>
        <source>A shift started from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>on is the evening shift; before, the morning shift.</source>
        <translation>起开始的班为晚班，之前开始的为早班。</translation>
    </message>
    <message>
        <source>Save the hour</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Note kept with the next tick (optional)</source>
        <translation>备注（随下一次勾选记录，可不填）</translation>
    </message>
    <message>
        <source>Written down with the check you tick next, e.g. what you found or did (it shows on the check's tooltip and in the audit trail).</source>
        <translation>随您下一次勾选的检查项一并记下，例如发现了什么、做了什么（显示在该项的提示里，并记入操作记录）。</translation>
    </message>
    <message>
        <source>{kind}: {done} of {total} done</source>
        <translation>{kind}：已完成 {done}/{total}</translation>
    </message>
    <message>
        <source>{name} {time}</source>
        <translation>{name} {time}</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Ticked by {name} at {time}</source>
        <translation>{name} 于 {time} 勾选</translation>
    </message>
    <message>
        <source>Start a shift to see its checklist.</source>
        <translation>开始当班后显示本班检查项。</translation>
    </message>
    <message>
        <source>No checks for this shift (a supervisor sets them in Settings ▸ Shift checklist).</source>
        <translation>本班没有检查项（主管可在 设置 ▸ 交接班检查项 中设置）。</translation>
    </message>
    <message>
        <source>Handed over: the checklist went with the handover.</source>
        <translation>已提交交接班：检查项已随交接班一并交出。</translation>
    </message>
    <message>
        <source>Shift checklist</source>
        <translation>本班检查项</translation>
    </message>
    <message>
        <source>Shift checklist {done}/{total}</source>
        <translation>本班检查项 {done}/{total}</translation>
    </message>
    <message>
        <source>Take the tick back</source>
        <translation>撤销勾选</translation>
    </message>
    <message>
        <source>Take back the tick of "{text}"? It is recorded.</source>
        <translation>撤销“{text}”的勾选吗？撤销会被记录。</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Complaint call-backs owed</source>
        <translation>待回访的客怨</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Call by</source>
        <translation>回访日</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未接通次数</translation>
    </message>
    <message>
        <source>No complaint call-back is owed.</source>
        <translation>没有待回访的客怨。</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date}（已逾期）</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>{m} min</source>
        <translation>{m}分钟</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h}小时{m}分</translation>
    </message>
    <message>
        <source>{d} days</source>
        <translation>{d}天</translation>
    </message>
    <message>
        <source>Not yet received</source>
        <translation>尚未接待</translation>
    </message>
    <message>
        <source>Received by {name}</source>
        <translation>已由{name}接待</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已接待</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来店类型</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等候</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Nobody is waiting over the limit.</source>
        <translation>没有等候超时的客人。</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>{where} ({staff})</source>
        <translation>{where}（{staff}）</translation>
    </message>
    <message>
        <source>Bride: {bride} · Groom: {groom}</source>
        <translation>新娘：{bride} · 新郎：{groom}</translation>
    </message>
    <message>
        <source>Time in store</source>
        <translation>在店时长</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Nobody is in the store.</source>
        <translation>店内没有客人。</translation>
    </message>
    <message>
        <source>Counter: not yet received (arrived {time})</source>
        <translation>前台：尚未接待（{time} 到店）</translation>
    </message>
    <message>
        <source>Post-production due</source>
        <translation>到期的后期制作</translation>
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
        <source>Station</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Photos ready</source>
        <translation>预计取件</translation>
    </message>
    <message>
        <source>No post-production step is due today.</source>
        <translation>今天没有到期的后期制作。</translation>
    </message>
    <message>
        <source>{date} ({n} days late)</source>
        <translation>{date}（逾期 {n} 天）</translation>
    </message>
    <message>
        <source>Keys not returned</source>
        <translation>未归还钥匙</translation>
    </message>
    <message>
        <source>Locker</source>
        <translation>柜号</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发出</translation>
    </message>
    <message>
        <source>Out for</source>
        <translation>借出时长</translation>
    </message>
    <message>
        <source>Every locker key is back.</source>
        <translation>保险柜钥匙已全部归还。</translation>
    </message>
    <message>
        <source>Consultation leads to call back</source>
        <translation>待回访咨询客人</translation>
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
        <source>Interest</source>
        <translation>意向</translation>
    </message>
    <message>
        <source>Call back on</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>No call-back is due.</source>
        <translation>没有到期的回访。</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date}（已逾期）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>{deadline} OVERDUE</source>
        <translation>{deadline} 已逾期</translation>
    </message>
    <message>
        <source>{deadline} (paused)</source>
        <translation>{deadline}（暂停）</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>未结客怨</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>No open complaint.</source>
        <translation>没有未结的客怨。</translation>
    </message>
    <message>
        <source> · supervisor not briefed</source>
        <translation> · 未向主管补报</translation>
    </message>
    <message>
        <source>Still expected today</source>
        <translation>今天还要来的客人</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>For</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>With</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Nobody else is expected today.</source>
        <translation>今天没有其他预约。</translation>
    </message>
    <message>
        <source>{status} ({late})</source>
        <translation>{status}（{late}）</translation>
    </message>
    <message>
        <source>Phone calls to return</source>
        <translation>待回电</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Call back by</source>
        <translation>回电期限</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>接听人</translation>
    </message>
    <message>
        <source>No call back is owed.</source>
        <translation>没有待回的电话。</translation>
    </message>
    <message>
        <source>Say what has to be done.</source>
        <translation>请写明要做的事。</translation>
    </message>
    <message>
        <source>Too long: at most {n} characters.</source>
        <translation>太长：最多 {n} 个字。</translation>
    </message>
    <message>
        <source>Pick who owns it.</source>
        <translation>请选择负责人。</translation>
    </message>
    <message>
        <source>Pick an active staff member.</source>
        <translation>请选择在职员工。</translation>
    </message>
    <message>
        <source>Say by when.</source>
        <translation>请写明完成时间。</translation>
    </message>
    <message>
        <source>That time has already passed.</source>
        <translation>这个时间已经过了。</translation>
    </message>
    <message>
        <source>No handover #{id}.</source>
        <translation>没有第 {id} 号交接班记录。</translation>
    </message>
    <message>
        <source>Nobody is on shift: start a shift first.</source>
        <translation>当前无人当班：请先开始当班。</translation>
    </message>
    <message>
        <source>At most {n} lines in the action list.</source>
        <translation>待办事项最多 {n} 条。</translation>
    </message>
    <message>
        <source>Line {n}: {error}</source>
        <translation>第 {n} 条：{error}</translation>
    </message>
    <message>
        <source>A handover submitted by {name} at {time} is still waiting to be accepted: it cannot be submitted twice.</source>
        <translation>{name} 于 {time} 提交的交接班还在等待接班确认：不能重复提交。</translation>
    </message>
    <message>
        <source>This handover was already accepted by {name} at {time}.</source>
        <translation>这份交接班已由 {name} 于 {time} 接收。</translation>
    </message>
    <message>
        <source>This handover was withdrawn; it cannot be accepted.</source>
        <translation>这份交接班已撤回，不能接收。</translation>
    </message>
    <message>
        <source>You cannot accept your own handover: the next receptionist accepts it with her own PIN.</source>
        <translation>不能接收自己提交的交接班：须由下一班前台用自己的 PIN 确认接班。</translation>
    </message>
    <message>
        <source>Only a handover waiting to be accepted can be withdrawn.</source>
        <translation>只有等待接班确认的交接班才能撤回。</translation>
    </message>
    <message>
        <source>Only {name}, who submitted it, can withdraw it.</source>
        <translation>只有提交人 {name} 才能撤回。</translation>
    </message>
    <message>
        <source>Waiting to be accepted</source>
        <translation>待接班确认</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接班</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>{name}'s handover is waiting to be accepted: the next receptionist accepts it in the Handover tab with her own PIN.</source>
        <translation>{name} 的交接班正等待确认：请下一班前台在“交接班”页用自己的密码确认接班。</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover of {time}</source>
        <translation>交接班记录 {time}</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>Notes for the next shift (action list)</source>
        <translation>交给下一班的事项（待办清单）</translation>
    </message>
    <message>
        <source>What has to be done, e.g. call Ms Qian back about Saturday</source>
        <translation>要做的事，例如：给钱女士回电话约周六看样</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>By</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除此条</translation>
    </message>
    <message>
        <source>Anything else the next receptionist should know</source>
        <translation>其他需要告诉下一班前台的情况</translation>
    </message>
    <message>
        <source>Submit handover</source>
        <translation>提交交接班</translation>
    </message>
    <message>
        <source>Accept handover…</source>
        <translation>确认接班…</translation>
    </message>
    <message>
        <source>Withdraw to amend</source>
        <translation>撤回修改</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Past handovers</source>
        <translation>历史交接班</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>交班时间</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>交班人</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>接班人</translation>
    </message>
    <message>
        <source>At</source>
        <translation>接班时间</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>No handover has been submitted at this counter yet.</source>
        <translation>本前台还没有提交过交接班。</translation>
    </message>
    <message>
        <source>Open (read-only)</source>
        <translation>查看（只读）</translation>
    </message>
    <message>
        <source>Handed over by {name} at {time}: read it, then accept it with your own PIN. {name}'s shift ends when you accept.</source>
        <translation>{name} 于 {time} 交班：请先阅读，再用自己的 PIN 确认接班。确认后 {name} 的班次才结束。</translation>
    </message>
    <message>
        <source>The store right now ({time}). Add notes for the next receptionist, then submit; your shift stays open until she accepts.</source>
        <translation>店内当前情况（{time}）。写好交给下一班的事项后提交；下一班确认接班前，您的班次不会结束。</translation>
    </message>
    <message>
        <source>Accept the handover</source>
        <translation>确认接班</translation>
    </message>
    <message>
        <source>I have read the handover of {name} and take over the counter.</source>
        <translation>我已阅读 {name} 的交接班内容，接手前台。</translation>
    </message>
</context>
<context>
    <name>HandoverPrint</name>
    <message>
        <source>{title}  ({n}, {late} need action)</source>
        <translation>{title}（{n}，{late} 项需处理）</translation>
    </message>
    <message>
        <source>… and {n} more not shown here.</source>
        <translation>……另有 {n} 条未在此列出。</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Handed over by {name} at {time} · {status}</source>
        <translation>{name} 于 {time} 交班 · {status}</translation>
    </message>
    <message>
        <source>Notes for the next shift</source>
        <translation>交给下一班的事项</translation>
    </message>
    <message>
        <source>Current state at {time} · not handed over yet</source>
        <translation>{time} 的当前情况 · 尚未交班</translation>
    </message>
    <message>
        <source>Notes for the next shift (draft)</source>
        <translation>交给下一班的事项（草稿）</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>By</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>没有事项。</translation>
    </message>
    <message>
        <source>Handed over by: {name}  {time}</source>
        <translation>交班人：{name}  {time}</translation>
    </message>
    <message>
        <source>Accepted by: {name}  {time}</source>
        <translation>接班人：{name}  {time}</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>这段时间没有记录。</translation>
    </message>
    <message>
        <source>Daily review {period}</source>
        <translation>每日工作小结 {period}</translation>
    </message>
    <message>
        <source>Decisions of the review meeting</source>
        <translation>小结会议决定</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>No decisions recorded.</source>
        <translation>没有记录会议决定。</translation>
    </message>
    <message>
        <source>Not a date: {text} (use YYYY-MM-DD).</source>
        <translation>不是日期：{text}（格式 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Monthly review {month}</source>
        <translation>月度回顾 {month}</translation>
    </message>
</context>
<context>
    <name>HandoverTab</name>
    <message>
        <source>Handed over by {name} at {time}</source>
        <translation>{name} 于 {time} 交班</translation>
    </message>
    <message>
        <source>accepted by {name} at {time}</source>
        <translation>{name} 于 {time} 接班</translation>
    </message>
    <message>
        <source>withdrawn at {time}</source>
        <translation>{time} 已撤回</translation>
    </message>
    <message>
        <source>waiting to be accepted</source>
        <translation>等待接班确认</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <source>Daily review</source>
        <translation>每日工作小结</translation>
    </message>
    <message>
        <source>Handover waiting: {name} {time}</source>
        <translation>交接班待接收：{name} {time}</translation>
    </message>
</context>
<context>
    <name>MonthlyPrint</name>
    <message>
        <source>Nothing measured.</source>
        <translation>无数据。</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店人次</translation>
    </message>
    <message>
        <source>Satisfaction (visits)</source>
        <translation>满意度（到店）</translation>
    </message>
    <message>
        <source>Satisfaction (call-backs)</source>
        <translation>满意度（回访）</translation>
    </message>
    <message>
        <source>Complaints per 100 visits</source>
        <translation>每百人次投诉</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>带客成功率</translation>
    </message>
    <message>
        <source>Information accuracy</source>
        <translation>信息准确性</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>预约确认</translation>
    </message>
    <message>
        <source>{measure} by staff member</source>
        <translation>{measure}（按员工）</translation>
    </message>
    <message>
        <source>Monthly review {month}</source>
        <translation>月度回顾 {month}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>the month is not over yet</source>
        <translation>本月尚未结束</translation>
    </message>
    <message>
        <source>Studio and staff</source>
        <translation>门店与员工</translation>
    </message>
    <message>
        <source>No staff member has a record this month.</source>
        <translation>本月没有员工的记录。</translation>
    </message>
    <message>
        <source>W{n}</source>
        <translation>第{n}周</translation>
    </message>
    <message>
        <source>The studio week by week</source>
        <translation>门店逐周</translation>
    </message>
    <message>
        <source>The studio over the last 6 months</source>
        <translation>门店近 6 个月</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Each staff member week by week</source>
        <translation>员工逐周</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
</context>
<context>
    <name>MonthlyReviewDialog</name>
    <message>
        <source>Monthly review</source>
        <translation>月度回顾</translation>
    </message>
    <message>
        <source>Only a supervisor opens the monthly review, with her PIN.</source>
        <translation>月度回顾仅限主管凭本人 PIN 打开。</translation>
    </message>
</context>
<context>
    <name>MonthlyReviewView</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Week by week for</source>
        <translation>逐周查看</translation>
    </message>
    <message>
        <source>Print / PDF…</source>
        <translation>打印 / PDF…</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>门店 / 员工</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店人次</translation>
    </message>
    <message>
        <source>Satisfaction (visits)</source>
        <translation>满意度（到店）</translation>
    </message>
    <message>
        <source>Satisfaction (call-backs)</source>
        <translation>满意度（回访）</translation>
    </message>
    <message>
        <source>Complaints per 100 visits</source>
        <translation>每百人次投诉</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>带客成功率</translation>
    </message>
    <message>
        <source>Information accuracy</source>
        <translation>信息准确性</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>预约确认</translation>
    </message>
    <message>
        <source>Nothing measured.</source>
        <translation>无数据。</translation>
    </message>
    <message>
        <source>Monthly review {month}</source>
        <translation>月度回顾 {month}</translation>
    </message>
    <message>
        <source>up to {day}</source>
        <translation>截至 {day}</translation>
    </message>
    <message>
        <source>{measure}: the studio, last 6 months</source>
        <translation>{measure}：门店近 6 个月</translation>
    </message>
    <message>
        <source>Week {n}</source>
        <translation>第{n}周</translation>
    </message>
    <message>
        <source>{measure}: {who}, week by week</source>
        <translation>{measure}：{who} 逐周</translation>
    </message>
    <message>
        <source>{measure}: by staff member</source>
        <translation>{measure}：按员工</translation>
    </message>
</context>
<context>
    <name>ReportBlock</name>
    <message>
        <source>{n} · {late} need action</source>
        <translation>{n} · {late} 项需处理</translation>
    </message>
    <message>
        <source>… and {n} more not shown here.</source>
        <translation>……另有 {n} 条未在此列出。</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>No data for {period}: no check-ins, keys, leads, station records, complaints or decisions were recorded.</source>
        <translation>{period} 没有数据：没有到店登记、钥匙、咨询、各站记录、客怨或会议决定。</translation>
    </message>
    <message>
        <source>Pick a day.</source>
        <translation>请选择日期。</translation>
    </message>
    <message>
        <source>The range ends ({end}) before it starts ({start}).</source>
        <translation>结束日期（{end}）早于开始日期（{start}）。</translation>
    </message>
    <message>
        <source>At most {n} days at once.</source>
        <translation>一次最多 {n} 天。</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>到店登记</translation>
    </message>
    <message>
        <source>Check-ins by kind</source>
        <translation>按类型统计到店</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Nobody checked in.</source>
        <translation>没有到店登记。</translation>
    </message>
    <message>
        <source>Counter (wait to be received)</source>
        <translation>前台（等候接待）</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客怨</translation>
    </message>
    <message>
        <source>Complaint deadlines missed</source>
        <translation>客怨超期</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>Complaints by category</source>
        <translation>客怨按类别</translation>
    </message>
    <message>
        <source>Complaints by station</source>
        <translation>客怨按站点</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Responsible staff</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Complaints counted every way</source>
        <translation>客怨分类统计</translation>
    </message>
    <message>
        <source>By</source>
        <translation>统计方式</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>No complaint was received.</source>
        <translation>没有收到客怨。</translation>
    </message>
    <message>
        <source>Complaint deadlines met and missed</source>
        <translation>客怨期限：按时与超期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>No complaint deadline fell in this period.</source>
        <translation>这段时间没有到期的客怨期限。</translation>
    </message>
    <message>
        <source>Missed deadlines and by whom</source>
        <translation>超期明细及责任人</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案号</translation>
    </message>
    <message>
        <source>Was due</source>
        <translation>应完成于</translation>
    </message>
    <message>
        <source>Missed by</source>
        <translation>超期人</translation>
    </message>
    <message>
        <source>No deadline was missed.</source>
        <translation>没有超期。</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>预约未到</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>满意度（1–5）</translation>
    </message>
    <message>
        <source>Appointments and calls</source>
        <translation>预约与来电</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>No-show rate, confirmed (%)</source>
        <translation>未到率：已确认（%）</translation>
    </message>
    <message>
        <source>No-show rate, not confirmed (%)</source>
        <translation>未到率：未确认（%）</translation>
    </message>
    <message>
        <source>Confirmation calls and no-shows</source>
        <translation>预约确认与未到</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>未到率</translation>
    </message>
    <message>
        <source>Confirmed the day before</source>
        <translation>前一天已确认</translation>
    </message>
    <message>
        <source>Not confirmed (no answer, not called)</source>
        <translation>未确认（无人接听、未致电）</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到店</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>Phone calls taken</source>
        <translation>接听电话</translation>
    </message>
    <message>
        <source>Call-backs still owed now (overdue)</source>
        <translation>当前待回电（已逾期）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>For</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>With</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Everyone booked came.</source>
        <translation>预约的客人都来了。</translation>
    </message>
    <message>
        <source>Satisfaction by station</source>
        <translation>各站满意度</translation>
    </message>
    <message>
        <source>Satisfaction by station and staff</source>
        <translation>满意度（按站点与员工）</translation>
    </message>
    <message>
        <source>Station / staff</source>
        <translation>站点/员工</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分数</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Low (1–2)</source>
        <translation>低分（1–2）</translation>
    </message>
    <message>
        <source>No satisfaction score was given.</source>
        <translation>没有满意度评分。</translation>
    </message>
    <message>
        <source>Low scores and what the guests said</source>
        <translation>低分及客人意见</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>No low score.</source>
        <translation>没有低分。</translation>
    </message>
    <message>
        <source>Average time</source>
        <translation>平均用时</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <source>Work over the limit</source>
        <translation>服务超时</translation>
    </message>
    <message>
        <source>Not done / skipped</source>
        <translation>未完成/跳过</translation>
    </message>
    <message>
        <source>Over the limit by station</source>
        <translation>各站超时次数</translation>
    </message>
    <message>
        <source>Waits over the limit</source>
        <translation>等候超时</translation>
    </message>
    <message>
        <source>New consultation leads</source>
        <translation>新增咨询</translation>
    </message>
    <message>
        <source>Locker keys lost</source>
        <translation>丢失钥匙</translation>
    </message>
    <message>
        <source>Couples who finished the shoot</source>
        <translation>拍完的新人</translation>
    </message>
    <message>
        <source>Over the limit at a station</source>
        <translation>各站超时</translation>
    </message>
    <message>
        <source>Time per station</source>
        <translation>各站用时</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>最长</translation>
    </message>
    <message>
        <source>No station times recorded.</source>
        <translation>没有各站用时记录。</translation>
    </message>
    <message>
        <source>Average minutes per station</source>
        <translation>各站平均用时</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>The meeting of {day} has not happened yet.</source>
        <translation>{day} 的会议还没有开。</translation>
    </message>
    <message>
        <source>Write the decision.</source>
        <translation>请写明决定内容。</translation>
    </message>
    <message>
        <source>Too long: at most {n} characters.</source>
        <translation>太长：最多 {n} 个字。</translation>
    </message>
    <message>
        <source>Pick who sees to it.</source>
        <translation>请选择负责人。</translation>
    </message>
    <message>
        <source>No decision #{id}.</source>
        <translation>没有第 {id} 号决定。</translation>
    </message>
    <message>
        <source>Conversion: leads booked (%)</source>
        <translation>带客成功率（%）</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>跟进中</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>带客成功率</translation>
    </message>
    <message>
        <source>Conversion by receptionist</source>
        <translation>带客成功率（按接待人）</translation>
    </message>
    <message>
        <source>Receptionist</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Conversion by source</source>
        <translation>带客成功率（按来源）</translation>
    </message>
    <message>
        <source>Heard of us</source>
        <translation>从何得知</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近7天</translation>
    </message>
    <message>
        <source>Monthly review…</source>
        <translation>月度回顾…</translation>
    </message>
    <message>
        <source>The scorecards of a month, with their trends: for supervisors (PIN)</source>
        <translation>一个月的考核指标及趋势：仅限主管（需 PIN）</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Decisions of the review meeting</source>
        <translation>小结会议决定</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>What will change, e.g. reception checks the lounge every 10 minutes</source>
        <translation>改进措施，例如：接待每10分钟巡视一次休息区</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>记录决定</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Meeting day</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <source>Daily review {period}</source>
        <translation>每日工作小结 {period}</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>这段时间没有记录。</translation>
    </message>
</context>
<context>
    <name>Rounds</name>
    <message>
        <source>Waiting guests to look after (rounds)</source>
        <translation>等候中的客人（巡查）</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Where / waiting for</source>
        <translation>位置 / 等候什么</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等候</translation>
    </message>
    <message>
        <source>Unattended</source>
        <translation>无人照看</translation>
    </message>
    <message>
        <source>Last round</source>
        <translation>上次巡查</translation>
    </message>
    <message>
        <source>Nobody is waiting between stations or in the lounge.</source>
        <translation>没有客人在环节之间或休息室等候。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
</context>
<context>
    <name>Scorecards</name>
    <message>
        <source>Pick a day.</source>
        <translation>请选择日期。</translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation>结束日期必须晚于开始日期。</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>门店 / 员工</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店人次</translation>
    </message>
    <message>
        <source>Satisfaction (visits)</source>
        <translation>满意度（到店）</translation>
    </message>
    <message>
        <source>Satisfaction (call-backs)</source>
        <translation>满意度（回访）</translation>
    </message>
    <message>
        <source>Complaints per 100 visits</source>
        <translation>每百人次投诉</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>带客成功率</translation>
    </message>
    <message>
        <source>Information accuracy</source>
        <translation>信息准确性</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>预约确认</translation>
    </message>
    <message>
        <source>Scorecard of the counter</source>
        <translation>前台考核指标</translation>
    </message>
    <message>
        <source>Nothing to score in this period.</source>
        <translation>这段时间没有可考核的记录。</translation>
    </message>
    <message>
        <source>Not a month: {text} (use YYYY-MM).</source>
        <translation>不是有效的月份：{text}（格式 YYYY-MM）。</translation>
    </message>
    <message>
        <source>{month} has not started yet.</source>
        <translation>{month} 还没有开始。</translation>
    </message>
    <message>
        <source>Week {n} ({start}–{end})</source>
        <translation>第{n}周（{start}–{end}）</translation>
    </message>
    <message>
        <source>Satisfaction (visits, 1–5)</source>
        <translation>满意度（到店，1–5）</translation>
    </message>
    <message>
        <source>Conversion (%)</source>
        <translation>带客成功率（%）</translation>
    </message>
    <message>
        <source>Information accuracy (%)</source>
        <translation>信息准确性（%）</translation>
    </message>
</context>
<context>
    <name>SnapshotView</name>
    <message>
        <source>Notes for the next shift</source>
        <translation>交给下一班的事项</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>By</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>没有事项。</translation>
    </message>
</context>
</TS>