<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppointmentDialog</name>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>— no room —</source>
        <translation>— 不占房间 —</translation>
    </message>
    <message>
        <source>{room} (up to {n} at once)</source>
        <translation>{room}（同时最多 {n} 组）</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>新预约</translation>
    </message>
    <message>
        <source>Who is coming</source>
        <translation>来店客人</translation>
    </message>
    <message>
        <source>Not in the list? For a consultation, enter the new guest:</source>
        <translation>列表里没有？咨询预约可直接填写新客人：</translation>
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
        <source>Coming for</source>
        <translation>预约事由</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Staff expected</source>
        <translation>预约人员</translation>
    </message>
    <message>
        <source>for</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Appointment from a phone call</source>
        <translation>由来电转为预约</translation>
    </message>
    <message>
        <source>Already booked: {list}</source>
        <translation>已有预约：{list}</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>Shoot</source>
        <translation>拍照</translation>
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
        <source>Dress fitting</source>
        <translation>试礼服</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到店</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>待到店</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>未到店</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>No appointment #{id}.</source>
        <translation>没有编号为 {id} 的预约。</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>签到已撤销</translation>
    </message>
    <message>
        <source>Pick a date and a time.</source>
        <translation>请选择日期和时间。</translation>
    </message>
    <message>
        <source>This time is already past: pick a time from now on.</source>
        <translation>这个时间已经过去了，请选择现在之后的时间。</translation>
    </message>
    <message>
        <source>That is more than two years ahead.</source>
        <translation>时间超过两年之后了。</translation>
    </message>
    <message>
        <source>Already booked at {time} ({kind}): one appointment at a time.</source>
        <translation>{time} 已有预约（{kind}）：同一时间只能有一个预约。</translation>
    </message>
    <message>
        <source>This staff member is not active.</source>
        <translation>该员工已停用。</translation>
    </message>
    <message>
        <source>Pick what they come for.</source>
        <translation>请选择预约事由。</translation>
    </message>
    <message>
        <source>No couple #{id}.</source>
        <translation>没有编号为 {id} 的新人。</translation>
    </message>
    <message>
        <source>No lead #{id}.</source>
        <translation>没有编号为 {id} 的咨询客人。</translation>
    </message>
    <message>
        <source>An appointment is for one couple or one lead.</source>
        <translation>一个预约只能对应一对新人或一位咨询客人。</translation>
    </message>
    <message>
        <source>Find the couple (or, for a consultation, the person).</source>
        <translation>请先找到新人（咨询预约可选咨询客人）。</translation>
    </message>
    <message>
        <source>Only a consultation can be booked for someone without an order; find the couple's order.</source>
        <translation>没有订单的客人只能预约咨询；其他事由请找到新人的订单。</translation>
    </message>
    <message>
        <source>No call #{id}.</source>
        <translation>没有编号为 {id} 的来电记录。</translation>
    </message>
    <message>
        <source>This call has already been turned into an appointment.</source>
        <translation>这个来电已经转为预约了。</translation>
    </message>
    <message>
        <source>Already booked at this time.</source>
        <translation>这个时间已经有预约了。</translation>
    </message>
    <message>
        <source>This appointment was cancelled.</source>
        <translation>这个预约已取消。</translation>
    </message>
    <message>
        <source>They have already arrived for this appointment.</source>
        <translation>客人已按此预约到店。</translation>
    </message>
    <message>
        <source>Nothing changed: pick another time or staff member.</source>
        <translation>没有任何改动：请选择新的时间或人员。</translation>
    </message>
    <message>
        <source>This appointment was changed at another counter; reload and try again.</source>
        <translation>这个预约已在其他前台被修改，请刷新后重试。</translation>
    </message>
    <message>
        <source>Say why it is cancelled.</source>
        <translation>请填写取消原因。</translation>
    </message>
    <message>
        <source>This appointment is for {day}, not today.</source>
        <translation>这个预约是 {day} 的，不是今天。</translation>
    </message>
    <message>
        <source>{name} is already checked in.</source>
        <translation>{name} 已经签到了。</translation>
    </message>
    <message>
        <source>That visit is someone else's.</source>
        <translation>这次到店不是该客人的。</translation>
    </message>
    <message>
        <source>That visit is not on the appointment's day.</source>
        <translation>这次到店不在预约当天。</translation>
    </message>
    <message>
        <source>That visit is already linked to an appointment.</source>
        <translation>这次到店已关联了其他预约。</translation>
    </message>
    <message>
        <source>A whole number from 1 to 50.</source>
        <extracomment>How long an appointment takes its staff member and room unless the booking says otherwise.</extracomment>
        <translation>1 到 50 之间的整数。</translation>
    </message>
    <message>
        <source>Tick what the room is booked for.</source>
        <translation>请勾选这个房间用于哪些预约。</translation>
    </message>
    <message>
        <source>There is already a room of this name.</source>
        <translation>已有同名房间。</translation>
    </message>
    <message>
        <source>No room #{id}.</source>
        <translation>没有 #{id} 号房间。</translation>
    </message>
    <message>
        <source>{staff} is already booked {start}–{end}: {who} ({kind}).</source>
        <translation>{staff} 在 {start}–{end} 已有预约：{who}（{kind}）。</translation>
    </message>
    <message>
        <source>{room} is full then ({n} at once): {list}.</source>
        <translation>{room} 该时段已满（同时 {n} 组）：{list}。</translation>
    </message>
    <message>
        <source>Pick the room for this appointment.</source>
        <translation>请选择本次预约的房间。</translation>
    </message>
    <message>
        <source>No such room in use.</source>
        <translation>没有这个在用的房间。</translation>
    </message>
    <message>
        <source>{room} is not booked for this kind of appointment.</source>
        <translation>{room} 不用于这类预约。</translation>
    </message>
    <message>
        <source>Between 5 minutes and 12 hours.</source>
        <translation>在 5 分钟到 12 小时之间。</translation>
    </message>
    <message>
        <source>No staff named</source>
        <translation>未指定人员</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>不占房间</translation>
    </message>
</context>
<context>
    <name>AppointmentsReview</name>
    <message>
        <source>At most one year at a time.</source>
        <translation>一次最多查看一年。</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>New call</source>
        <translation>新来电</translation>
    </message>
    <message>
        <source>Answer before the third ring: "Hello, this is the studio, {name} speaking, how may I help you?"</source>
        <translation>电话响铃不超过三声接听：“您好，xx影楼，我是{name}，请问有什么可以为您服务？”</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Number shown or given (optional)</source>
        <translation>来电显示或客人留的号码（可选）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Known couple or lead (optional)</source>
        <translation>已有的新人或咨询客人（可选）</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>咨询内容</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>Call back owed by</source>
        <translation>需回电，最晚</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>接听人</translation>
    </message>
    <message>
        <source> (call back still owed)</source>
        <translation>（尚未回电）</translation>
    </message>
    <message>
        <source>{time} {who}: {asked}{owed}</source>
        <translation>{time} {who}接听：{asked}{owed}</translation>
    </message>
    <message>
        <source>Called before:</source>
        <translation>之前来电：</translation>
    </message>
</context>
<context>
    <name>ClashDialog</name>
    <message>
        <source>Already booked then</source>
        <translation>该时段已被预约</translation>
    </message>
    <message>
        <source>Pick another time — or book anyway and say why (recorded under your name):</source>
        <translation>请另选时间——或者仍然预约并说明原因（以你的名义记录）：</translation>
    </message>
    <message>
        <source>Why both at once (the guest has no other time…)</source>
        <translation>为什么同时预约（客人没有别的时间……）</translation>
    </message>
    <message>
        <source>Book anyway</source>
        <translation>仍然预约</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>改时间</translation>
    </message>
    <message>
        <source>Say why the appointment is booked anyway.</source>
        <translation>请说明为什么仍然预约。</translation>
    </message>
</context>
<context>
    <name>Confirmations</name>
    <message>
        <source>Confirmed</source>
        <extracomment>outcomes after which the couple is expected at the (possibly new) time</extracomment>
        <translation>已确认</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>已改约</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>未致电</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>{month}/{day} ({weekday})</source>
        <translation>{month}月{day}日（{weekday}）</translation>
    </message>
    <message>
        <source>your ID cards, the wedding photos you like as reference, a strapless (invisible) bra and nude underwear; come without makeup, in a top that opens at the front</source>
        <translation>双方身份证、喜欢的婚纱照参考图、隐形文胸和肉色内衣；请素颜到店，穿前开扣的上衣</translation>
    </message>
    <message>
        <source>a strapless (invisible) bra and the shoes you will wear</source>
        <translation>隐形文胸和婚礼当天要穿的鞋子</translation>
    </message>
    <message>
        <source>your order receipt; the balance is settled at pickup</source>
        <translation>订单收据，取件时结清尾款</translation>
    </message>
    <message>
        <source>your order receipt</source>
        <translation>订单收据</translation>
    </message>
    <message>
        <source>{bride} and {groom}</source>
        <translation>{bride}、{groom}</translation>
    </message>
    <message>
        <source> Please bring {items}.</source>
        <translation>请携带{items}。</translation>
    </message>
    <message>
        <source> Address: {address}.</source>
        <translation>地址：{address}。</translation>
    </message>
    <message>
        <source> Any change, please call {phone}.</source>
        <translation>如有变动请致电 {phone}。</translation>
    </message>
    <message>
        <source>Hello {names}, this is {studio}: a reminder of your {kind} appointment on {date} at {time}.{bring}{where}{call} See you then!</source>
        <translation>{names}您好，这里是{studio}，提醒您{date} {time}的{kind}预约。{bring}{where}{call}期待您的光临！</translation>
    </message>
    <message>
        <source>the studio</source>
        <translation>本店</translation>
    </message>
    <message>
        <source>Pick what came of the call: confirmed, no answer, rescheduled or cancelled.</source>
        <translation>请选择通话结果：已确认、无人接听、改约或取消。</translation>
    </message>
    <message>
        <source>Start a shift first: the call records who made it.</source>
        <translation>请先开始当班：通话记录需要记下是谁打的。</translation>
    </message>
    <message>
        <source>Pick the new date and time they agreed to.</source>
        <translation>请选择客人同意的新日期和时间。</translation>
    </message>
    <message>
        <source>Say why they cancel.</source>
        <translation>请写明取消原因。</translation>
    </message>
    <message>
        <source>This appointment is on {when}, not on {day}.</source>
        <translation>此预约在 {when}，不在 {day}。</translation>
    </message>
    <message>
        <source>This appointment is cancelled.</source>
        <translation>此预约已取消。</translation>
    </message>
    <message>
        <source>They have already arrived.</source>
        <translation>客人已经到店。</translation>
    </message>
    <message>
        <source>Already confirmed by {name} at {time}.</source>
        <translation>{name} 已于 {time} 确认过。</translation>
    </message>
    <message>
        <source>Moved on the confirmation call.</source>
        <translation>确认电话中改约。</translation>
    </message>
</context>
<context>
    <name>ConfirmationsDialog</name>
    <message>
        <source>Tomorrow's confirmations</source>
        <translation>明日确认</translation>
    </message>
</context>
<context>
    <name>ConfirmationsPage</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>新人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>For</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>负责人员</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>{n} calls</source>
        <translation>共打了 {n} 次</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>They will come at the booked time</source>
        <translation>客人会按约定时间到店</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Nobody answered: call again later</source>
        <translation>无人接听：稍后再打</translation>
    </message>
    <message>
        <source>Rescheduled…</source>
        <translation>改约…</translation>
    </message>
    <message>
        <source>Cancelled…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>Show number…</source>
        <translation>完整号码…</translation>
    </message>
    <message>
        <source>The full number to dial (your PIN; recorded under your name)</source>
        <translation>显示要拨打的完整号码（需输入您的 PIN，记录在您名下）</translation>
    </message>
    <message>
        <source>What they said (optional): coming a little early, bringing parents…</source>
        <translation>客人说了什么（可不填）：会早到、带父母一起来…</translation>
    </message>
    <message>
        <source>Call note</source>
        <translation>通话备注</translation>
    </message>
    <message>
        <source>Reminder to send (SMS / WeChat)</source>
        <translation>要发送的提醒（短信 / 微信）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Put the reminder on the clipboard, to paste into SMS or WeChat</source>
        <translation>把提醒复制到剪贴板，粘贴到短信或微信</translation>
    </message>
    <message>
        <source>{outcome} · {who} {time}</source>
        <translation>{outcome} · {who} {time}</translation>
    </message>
    <message>
        <source>Confirmations for {date}</source>
        <translation>{date} 预约确认</translation>
    </message>
    <message>
        <source>{confirmed} / {total} confirmed</source>
        <translation>已确认 {confirmed} / {total}</translation>
    </message>
    <message>
        <source>{no_answer} no answer · {open} not called yet · {gone} moved or cancelled</source>
        <translation>无人接听 {no_answer} · 未致电 {open} · 已改约或取消 {gone}</translation>
    </message>
    <message>
        <source>Calls: {list}</source>
        <translation>通话记录：{list}</translation>
    </message>
    <message>
        <source>Copied: paste it into SMS or WeChat.</source>
        <translation>已复制：粘贴到短信或微信即可发送。</translation>
    </message>
</context>
<context>
    <name>DayViewDialog</name>
    <message>
        <source>Day book</source>
        <translation>日程表</translation>
    </message>
    <message>
        <source>Per staff member</source>
        <translation>按人员</translation>
    </message>
    <message>
        <source>Per room</source>
        <translation>按房间</translation>
    </message>
    <message>
        <source>Booked times only</source>
        <translation>只看有预约的时段</translation>
    </message>
    <message>
        <source>Filter names</source>
        <translation>筛选姓名或房间</translation>
    </message>
    <message>
        <source>{n} appointments · {c} half hours with a clash (red)</source>
        <translation>{n} 个预约 · {c} 个半小时有冲突（红色）</translation>
    </message>
</context>
<context>
    <name>Departure</name>
    <message>
        <source>The satisfaction score is 1 to 5.</source>
        <translation>满意度评分为 1 到 5 分。</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <source>Guest leaving</source>
        <translation>客人离店</translation>
    </message>
    <message>
        <source>Locker keys still out</source>
        <translation>未归还的保险柜钥匙</translation>
    </message>
    <message>
        <source>Locker</source>
        <translation>柜号</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Out since</source>
        <translation>借出时间</translation>
    </message>
    <message>
        <source>For</source>
        <translation>借出时长</translation>
    </message>
    <message>
        <source>Returned at the counter</source>
        <translation>已在前台归还</translation>
    </message>
    <message>
        <source>Returned at the bar</source>
        <translation>已在吧台归还</translation>
    </message>
    <message>
        <source>What happened to the key (required when lost)</source>
        <translation>钥匙怎么了（登记丢失时必填）</translation>
    </message>
    <message>
        <source>Record as lost</source>
        <translation>登记丢失</translation>
    </message>
    <message>
        <source>How was it today? (ask the guest)</source>
        <translation>今天的服务满意吗？（请询问客人）</translation>
    </message>
    <message>
        <source>1 Very unhappy</source>
        <translation>1 很不满意</translation>
    </message>
    <message>
        <source>2 Unhappy</source>
        <translation>2 不满意</translation>
    </message>
    <message>
        <source>3 OK</source>
        <translation>3 一般</translation>
    </message>
    <message>
        <source>4 Happy</source>
        <translation>4 满意</translation>
    </message>
    <message>
        <source>5 Very happy</source>
        <translation>5 非常满意</translation>
    </message>
    <message>
        <source>Did not want to say</source>
        <translation>客人不愿评价</translation>
    </message>
    <message>
        <source>What the guest said (optional)</source>
        <translation>客人的意见（可选）</translation>
    </message>
    <message>
        <source>Check out — thank and see off</source>
        <translation>离店签退（致谢送客）</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>暂不离店</translation>
    </message>
    <message>
        <source>{kind} · {n} people · arrived {arrived} · {stay} in the store</source>
        <translation>{kind} · {n}人 · {arrived} 到店 · 在店 {stay}</translation>
    </message>
    <message>
        <source>Key {lockers} is still out: take it back (or record it lost) before the guest leaves.</source>
        <translation>{lockers} 号柜钥匙还未归还：请在客人离店前收回（或登记丢失）。</translation>
    </message>
    <message>
        <source>Already checked out at {time}.</source>
        <translation>已于 {time} 离店签退。</translation>
    </message>
    <message>
        <source>Ask the guest how it went: pick 1 to 5, or 'did not want to say'.</source>
        <translation>请询问客人的满意度：选择 1 到 5 分，或“客人不愿评价”。</translation>
    </message>
</context>
<context>
    <name>ExpectedArrivalsPanel</name>
    <message>
        <source>Expected today</source>
        <translation>今日预约</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Previous day</source>
        <extracomment>A visit was created by checking in an expected guest: the new visit's id. Appointments changed (booked, moved, cancelled, checked in).</extracomment>
        <translation>前一天</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>后一天</translation>
    </message>
    <message>
        <source>Rescheduled</source>
        <translation>已改期</translation>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>预约人员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>今天没有预约。</translation>
    </message>
    <message>
        <source>Check in (Enter)</source>
        <translation>签到（回车）</translation>
    </message>
    <message>
        <source>Check the selected guest in: the visit is linked to the appointment.</source>
        <translation>为选中的客人签到：到店记录会关联到该预约。</translation>
    </message>
    <message>
        <source>New appointment…</source>
        <translation>新预约…</translation>
    </message>
    <message>
        <source>Reschedule / cancel…</source>
        <translation>改期 / 取消…</translation>
    </message>
    <message>
        <source>Day book…</source>
        <translation>日程表…</translation>
    </message>
    <message>
        <source>The day's appointments per staff member and per room, clashes in red</source>
        <translation>当天预约按人员、按房间排开，冲突标红</translation>
    </message>
    <message>
        <source>Tomorrow's confirmations…</source>
        <translation>明日确认…</translation>
    </message>
    <message>
        <source>Call the next opening day's appointments: confirmed, no answer, rescheduled or cancelled; the reminder text to send (Ctrl+T)</source>
        <translation>给下一个营业日的预约打确认电话：已确认、无人接听、改约或取消；以及要发送的提醒（Ctrl+T）</translation>
    </message>
    <message>
        <source>Arrived {time}</source>
        <translation>{time} 已到</translation>
    </message>
    <message>
        <source>Appointments {date}</source>
        <translation>{date} 预约</translation>
    </message>
    <message>
        <source>No appointments on this day.</source>
        <translation>这一天没有预约。</translation>
    </message>
    <message>
        <source>{total} booked · {arrived} arrived · {expected} to come · {late} late · {no_show} did not come</source>
        <translation>共 {total} 个 · 已到 {arrived} · 待到 {expected} · 迟到 {late} · 未到 {no_show}</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>已到店</translation>
    </message>
    <message>
        <source>{who} have already checked in.</source>
        <translation>{who} 已经签到了。</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Rescheduled on the call</source>
        <translation>电话中改约</translation>
    </message>
    <message>
        <source>Cancelled on the call</source>
        <translation>电话中取消</translation>
    </message>
    <message>
        <source>New date and time</source>
        <translation>新的日期和时间</translation>
    </message>
    <message>
        <source>Why (what the guest said)</source>
        <translation>原因（客人怎么说的）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Name, pinyin initials, phone, last 4 digits or order number</source>
        <extracomment>The pick changed: ("couple" | "lead" | "", id or 0).</extracomment>
        <translation>姓名、拼音首字母、电话、尾号4位或订单号</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>新人</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>咨询客人</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Nobody picked yet</source>
        <translation>尚未选择客人</translation>
    </message>
    <message>
        <source>Couple: {who} ({order})</source>
        <translation>新人：{who}（{order}）</translation>
    </message>
    <message>
        <source>Lead: {who}</source>
        <translation>咨询客人：{who}</translation>
    </message>
</context>
<context>
    <name>Personal</name>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation>{n}天后</translation>
    </message>
    <message>
        <source>{m}/{d}</source>
        <translation>{m}月{d}日</translation>
    </message>
    <message>
        <source>The bride {name}'s birthday is {when} ({date}).</source>
        <translation>新娘{name}的生日在{when}（{date}）。</translation>
    </message>
    <message>
        <source>The groom {name}'s birthday is {when} ({date}).</source>
        <translation>新郎{name}的生日在{when}（{date}）。</translation>
    </message>
    <message>
        <source>Their wedding anniversary ({n} years) is {when} ({date}).</source>
        <translation>两人的结婚{n}周年纪念日在{when}（{date}）。</translation>
    </message>
    <message>
        <source>A small surprise would be welcome.</source>
        <translation>可以准备一个小惊喜。</translation>
    </message>
</context>
<context>
    <name>PhoneLog</name>
    <message>
        <source>No call #{id}.</source>
        <translation>没有编号为 {id} 的来电记录。</translation>
    </message>
    <message>
        <source>A call cannot be in the future.</source>
        <translation>来电时间不能在将来。</translation>
    </message>
    <message>
        <source>No couple #{id}.</source>
        <translation>没有编号为 {id} 的新人。</translation>
    </message>
    <message>
        <source>No lead #{id}.</source>
        <translation>没有编号为 {id} 的咨询客人。</translation>
    </message>
    <message>
        <source>A call is about one couple or one lead.</source>
        <translation>一个来电只能关联一对新人或一位咨询客人。</translation>
    </message>
    <message>
        <source>Write down what the caller asked.</source>
        <translation>请记录来电人咨询的内容。</translation>
    </message>
    <message>
        <source>The call back cannot be due before the call itself.</source>
        <translation>回电时间不能早于来电时间。</translation>
    </message>
    <message>
        <source>That is more than a year ahead.</source>
        <translation>时间超过一年之后了。</translation>
    </message>
    <message>
        <source>No call back is owed for this call.</source>
        <translation>这个来电不需要回电。</translation>
    </message>
    <message>
        <source>This call back is already done.</source>
        <translation>这个回电已经完成了。</translation>
    </message>
    <message>
        <source>Answered on the phone: {text}</source>
        <translation>电话中的答复：{text}</translation>
    </message>
</context>
<context>
    <name>PhoneLogPanel</name>
    <message>
        <source>Phone log</source>
        <extracomment>Calls changed (a call logged, a call back done, a call turned into an appointment or complaint).</extracomment>
        <translation>电话记录</translation>
    </message>
    <message>
        <source>New call…</source>
        <translation>新来电…</translation>
    </message>
    <message>
        <source>Call backs owed</source>
        <translation>待回电</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>最晚回电</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>咨询内容</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>接听人</translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation>今日来电</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>回电</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>转为</translation>
    </message>
    <message>
        <source>Call back done…</source>
        <translation>回电完成…</translation>
    </message>
    <message>
        <source>Turn into appointment…</source>
        <translation>转为预约…</translation>
    </message>
    <message>
        <source>Turn into complaint…</source>
        <translation>转为客诉…</translation>
    </message>
    <message>
        <source>{time} overdue</source>
        <translation>{time} 已超时</translation>
    </message>
    <message>
        <source>Done {time}</source>
        <translation>{time} 已回</translation>
    </message>
    <message>
        <source>By {time}</source>
        <translation>{time} 前</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>客诉</translation>
    </message>
    <message>
        <source>{calls} calls today · {owed} call backs owed ({overdue} overdue)</source>
        <translation>今日来电 {calls} 个 · 待回电 {owed} 个（超时 {overdue} 个）</translation>
    </message>
    <message>
        <source>Call backs owed ({n})</source>
        <translation>待回电（{n}）</translation>
    </message>
    <message>
        <source>Call back done</source>
        <translation>回电完成</translation>
    </message>
    <message>
        <source>Called back {who}. What came of it? (optional)</source>
        <translation>已回电给{who}。结果如何？（可选）</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule or cancel</source>
        <translation>改期或取消预约</translation>
    </message>
    <message>
        <source>{who} · {kind} · now booked for {time}</source>
        <translation>{who} · {kind} · 当前预约时间 {time}</translation>
    </message>
    <message>
        <source>New date and time</source>
        <translation>新的日期和时间</translation>
    </message>
    <message>
        <source>Staff expected</source>
        <translation>预约人员</translation>
    </message>
    <message>
        <source>for</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Why (the guest called, the photographer is ill…)</source>
        <translation>原因（客人来电、摄影师请假…）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原时间</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新时间</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <source>An appointment of a kind a room is for is booked in one of its rooms; booking a room already full at that time warns first.</source>
        <translation>房间所用于的预约类型，预约时须选择其中一个房间；该时段房间已满时会先提醒。</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>同时</translation>
    </message>
    <message>
        <source>Booked for</source>
        <translation>用于</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>停用</translation>
    </message>
    <message>
        <source> at once</source>
        <translation> 组</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Appointments at once</source>
        <translation>同时容纳预约</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>新建房间</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
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
        <extracomment>What a couple can come for at the counter (the check-in chooser); ``fitting`` is a dress fitting.</extracomment>
        <translation>不是新人的到店类型。</translation>
    </message>
</context>
<context>
    <name>Visit</name>
    <message>
        <source>{names} are already checked in.</source>
        <translation>{names} 已经签到。</translation>
    </message>
</context>
</TS>