<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CallbackDialog</name>
    <message>
        <source>Call-back {no}</source>
        <translation>回访 {no}</translation>
    </message>
    <message>
        <source>{no} · {name} · {phone} · owner {owner}</source>
        <translation>{no} · {name} · {phone} · 回访人 {owner}</translation>
    </message>
    <message>
        <source>Reached the customer</source>
        <translation>已联系上客人</translation>
    </message>
    <message>
        <source>Not reached: try again on the next opening day</source>
        <translation>未联系上：下一个营业日再打</translation>
    </message>
    <message>
        <source>Give up (say why)</source>
        <translation>放弃回访（写明原因）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>1 very unhappy</source>
        <translation>1 很不满意</translation>
    </message>
    <message>
        <source>2 unhappy</source>
        <translation>2 不满意</translation>
    </message>
    <message>
        <source>3 acceptable</source>
        <translation>3 一般</translation>
    </message>
    <message>
        <source>4 happy</source>
        <translation>4 满意</translation>
    </message>
    <message>
        <source>5 very happy</source>
        <translation>5 很满意</translation>
    </message>
    <message>
        <source>Satisfaction with the resolution</source>
        <translation>对处理结果的满意度</translation>
    </message>
    <message>
        <source>What the customer said (1 or 2 reopens the case with it)</source>
        <translation>客人说了什么（1 或 2 分将据此重新打开案件）</translation>
    </message>
    <message>
        <source>Comment / reason</source>
        <translation>备注 / 原因</translation>
    </message>
</context>
<context>
    <name>CallbackPanel</name>
    <message>
        <source>Record call…</source>
        <extracomment>something was recorded (a case may have been reopened): the tab reloads its list</extracomment>
        <translation>记录回访…</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date}（已逾期）</translation>
    </message>
    <message>
        <source>Call on</source>
        <translation>回访日</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
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
        <source>Call-backs (回访): {due} due · {n} owed</source>
        <translation>客怨回访：今日应打 {due} · 待回访 {n}</translation>
    </message>
</context>
<context>
    <name>ComplaintCaseDialog</name>
    <message>
        <source>Deadlines</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Missed deadlines (failed by)</source>
        <translation>超时记录（责任人）</translation>
    </message>
    <message>
        <source>Was due</source>
        <translation>原定时限</translation>
    </message>
    <message>
        <source>Held by then</source>
        <translation>当时跟进人</translation>
    </message>
    <message>
        <source>Follow-up log</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>From the merged case {no}</source>
        <translation>来自已合并的案件 {no}</translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>已告知客人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Investigate / follow up</source>
        <translation>调查 / 跟进</translation>
    </message>
    <message>
        <source>Wait for customer</source>
        <translation>等待客人</translation>
    </message>
    <message>
        <source>Compensation approval</source>
        <translation>补偿审批</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Close / reopen</source>
        <translation>结案 / 重开</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>转交</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>The same complaint recorded twice (the bride and the groom both called): merge this case into the other one</source>
        <translation>同一件投诉登记了两次（新娘新郎都来电）：把本案合并到另一宗</translation>
    </message>
    <message>
        <source>What was done / found</source>
        <translation>做了什么 / 查明什么</translation>
    </message>
    <message>
        <source>The customer was told</source>
        <translation>已告知客人</translation>
    </message>
    <message>
        <source>Record initial investigation</source>
        <translation>记录初步调查</translation>
    </message>
    <message>
        <source>Add to the log</source>
        <translation>记入跟进记录</translation>
    </message>
    <message>
        <source>What we wait for / what the customer said</source>
        <translation>等待客人什么 / 客人怎么说</translation>
    </message>
    <message>
        <source>Wait for the customer (pause clocks)</source>
        <translation>等待客人（暂停计时）</translation>
    </message>
    <message>
        <source>Customer answered: resume</source>
        <translation>客人已回复：恢复计时</translation>
    </message>
    <message>
        <source>Compensation beyond the order</source>
        <translation>超出订单的补偿</translation>
    </message>
    <message>
        <source>Ask the executive manager</source>
        <translation>请示执行经理</translation>
    </message>
    <message>
        <source>Approve (executive manager, PIN)</source>
        <translation>批准（执行经理，需PIN）</translation>
    </message>
    <message>
        <source>Do not approve</source>
        <translation>不批准</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>属实</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>不属实</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Apology made</source>
        <translation>已道歉</translation>
    </message>
    <message>
        <source>Compensation beyond the order (approved)</source>
        <translation>超出订单的补偿（已批准）</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Explanation given (not confirmed)</source>
        <translation>给客人的解释（不属实）</translation>
    </message>
    <message>
        <source>Resolve: result told to the customer</source>
        <translation>处理完毕：结果已告知客人</translation>
    </message>
    <message>
        <source>Customer's response to the result</source>
        <translation>客人对处理结果的反馈</translation>
    </message>
    <message>
        <source>Closing schedules a call-back (回访) on the studio's next opening day; this person makes it (the case's handler unless changed).</source>
        <translation>结案后自动安排在影楼下一个营业日回访，由此人负责（默认为案件处理人）。</translation>
    </message>
    <message>
        <source>Call-back by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>Why it is reopened</source>
        <translation>重新打开的原因</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Hand the case over</source>
        <translation>转交此案</translation>
    </message>
    <message>
        <source>New holder</source>
        <translation>新跟进人</translation>
    </message>
    <message>
        <source>Supervisor briefed</source>
        <translation>已向主管补报</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Complaint {no}</source>
        <translation>客怨 {no}</translation>
    </message>
    <message>
        <source>Merged into {no}: attach evidence there.</source>
        <translation>已合并到 {no}：请在那里添加证据。</translation>
    </message>
    <message>
        <source>Attach evidence to this entry…</source>
        <translation>为这条记录添加证据…</translation>
    </message>
    <message>
        <source>Approve compensation</source>
        <translation>批准补偿</translation>
    </message>
    <message>
        <source>Do not approve compensation</source>
        <translation>不批准补偿</translation>
    </message>
</context>
<context>
    <name>ComplaintIntakeDialog</name>
    <message>
        <source>New complaint</source>
        <translation>登记客怨</translation>
    </message>
    <message>
        <source>Name, pinyin initials, phone, last 4 digits, order no.</source>
        <translation>姓名、拼音首字母、电话、尾号4位、订单号</translation>
    </message>
    <message>
        <source>Couple (optional)</source>
        <translation>新人（可不选）</translation>
    </message>
    <message>
        <source>— no couple —</source>
        <translation>— 不关联新人 —</translation>
    </message>
    <message>
        <source>Complainant *</source>
        <translation>投诉人 *</translation>
    </message>
    <message>
        <source>Phone, WeChat…</source>
        <translation>电话、微信…</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Channel *</source>
        <translation>渠道 *</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Where (station)</source>
        <translation>发生环节</translation>
    </message>
    <message>
        <source>Responsible staff</source>
        <translation>当事员工</translation>
    </message>
    <message>
        <source>Category *</source>
        <translation>类别 *</translation>
    </message>
    <message>
        <source>— not known yet —</source>
        <translation>— 暂不确定 —</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Standard handling</source>
        <translation>标准处理方法</translation>
    </message>
    <message>
        <source>What happened *</source>
        <translation>事情经过 *</translation>
    </message>
    <message>
        <source>What the customer wants</source>
        <translation>客人诉求</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接待人</translation>
    </message>
    <message>
        <source>Reported to *</source>
        <translation>报告主管 *</translation>
    </message>
    <message>
        <source>Supervisor absent: reported to the person in charge</source>
        <translation>主管不在：已向其他负责人报告</translation>
    </message>
    <message>
        <source>Reported at *</source>
        <translation>报告时间 *</translation>
    </message>
    <message>
        <source>Reply time agreed</source>
        <translation>已约定答复时间</translation>
    </message>
    <message>
        <source>Promised reply</source>
        <translation>约定答复</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>No one on shift</source>
        <translation>无人当班</translation>
    </message>
    <message>
        <source>— choose one of {n} couples —</source>
        <translation>— 找到 {n} 对新人，请选择 —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>No standard handling written for this category yet.</source>
        <translation>此类别尚未编写标准处理方法。</translation>
    </message>
    <message>
        <source>Required for phone and online complaints.</source>
        <translation>电话和网络投诉必须约定答复时间。</translation>
    </message>
</context>
<context>
    <name>ComplaintSettingsDialog</name>
    <message>
        <source>Complaint lists and working days</source>
        <translation>客怨选项与工作日</translation>
    </message>
    <message>
        <source>Changes need a supervisor (store supervisor, department supervisor or executive manager) and her PIN.</source>
        <translation>修改需主管（门店主管、部门主管或执行经理）输入PIN确认。</translation>
    </message>
    <message>
        <source>Categories and standard handling</source>
        <translation>类别与标准处理</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Supervisor confirms</source>
        <translation>主管确认</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Standard handling</source>
        <translation>标准处理方法</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>{name} (not in use)</source>
        <translation>{name}（停用）</translation>
    </message>
    <message>
        <source>The built-in holiday calendar covers mainland China up to {year}. For later years enter the official holidays and the make-up working days (调休) here, as 2027-01-01, one or more per line, and list the year as complete.</source>
        <translation>内置节假日日历覆盖到 {year} 年。之后的年份请在此录入国务院公布的放假日期和调休上班日（格式 2027-01-01，每行一个或多个），并把该年份列为已录全。</translation>
    </message>
    <message>
        <source>Complete years</source>
        <translation>已录全的年份</translation>
    </message>
    <message>
        <source>Holidays (days off)</source>
        <translation>法定假日（放假）</translation>
    </message>
    <message>
        <source>Make-up working days (调休)</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Save working days</source>
        <translation>保存工作日设置</translation>
    </message>
    <message>
        <source>Not a year: {y}</source>
        <translation>不是年份：{y}</translation>
    </message>
    <message>
        <source>Not a date (write 2027-01-01): {t}</source>
        <translation>日期格式不对（应写作 2027-01-01）：{t}</translation>
    </message>
</context>
<context>
    <name>ComplaintUi</name>
    <message>
        <source>{h} h</source>
        <translation>{h} 小时</translation>
    </message>
    <message>
        <source>{d} days</source>
        <translation>{d} 天</translation>
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
        <source>overdue {t}</source>
        <translation>超时 {t}</translation>
    </message>
    <message>
        <source>in {t}</source>
        <translation>还有 {t}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>met late</source>
        <translation>超时完成</translation>
    </message>
    <message>
        <source>Due: {at}</source>
        <translation>截止：{at}</translation>
    </message>
    <message>
        <source>Done: {at}</source>
        <translation>完成：{at}</translation>
    </message>
    <message>
        <source>Some working days are not in the holiday calendar: Monday–Friday was assumed. Check the working-day list.</source>
        <translation>部分日期不在节假日日历中，已按周一至周五估算。请检查工作日设置。</translation>
    </message>
    <message>
        <source>approval pending</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>supervisor absent: person in charge</source>
        <translation>主管不在：已报其他负责人</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>新人</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>When / where</source>
        <translation>时间 / 地点</translation>
    </message>
    <message>
        <source>Category / cause</source>
        <translation>类别 / 原因</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>当事员工</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>报告主管</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事情经过</translation>
    </message>
    <message>
        <source>What the customer wants</source>
        <translation>客人诉求</translation>
    </message>
    <message>
        <source>Standard handling</source>
        <translation>标准处理方法</translation>
    </message>
    <message>
        <source>Merged into {no}: it is handled there.</source>
        <translation>已合并到 {no}：在那宗案件中处理。</translation>
    </message>
    <message>
        <source>Duplicates merged in</source>
        <translation>已并入的重复案件</translation>
    </message>
    <message>
        <source>● {n} new evidence from the customer (arrived while waiting)</source>
        <translation>● 客人新发来 {n} 份证据（等待客人期间收到）</translation>
    </message>
    <message>
        <source>Missed deadlines (held by then)</source>
        <translation>超时记录（当时跟进人）</translation>
    </message>
    <message>
        <source>Latest follow-up</source>
        <translation>最近跟进</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>At the counter</source>
        <translation>门市/前台</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>On site at makeup</source>
        <translation>化妆造型现场</translation>
    </message>
    <message>
        <source>On site at shooting</source>
        <translation>拍照现场</translation>
    </message>
    <message>
        <source>Photo selection</source>
        <translation>看样选片</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>取件</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新登记</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>等待客人</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Initial investigation (24 h)</source>
        <translation>初步调查（24小时）</translation>
    </message>
    <message>
        <source>Promised reply</source>
        <translation>约定答复</translation>
    </message>
    <message>
        <source>Daily feedback</source>
        <translation>每日反馈</translation>
    </message>
    <message>
        <source>Result (5 working days)</source>
        <translation>处理结果（5个工作日）</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Complaint recorded</source>
        <translation>登记客怨</translation>
    </message>
    <message>
        <source>Initial investigation</source>
        <translation>初步调查</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Waiting for the customer (clock paused)</source>
        <translation>等待客人（暂停计时）</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>已请示审批</translation>
    </message>
    <message>
        <source>Compensation approved</source>
        <translation>补偿已批准</translation>
    </message>
    <message>
        <source>Compensation not approved</source>
        <translation>补偿未获批准</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Case handed over</source>
        <translation>案件转交</translation>
    </message>
    <message>
        <source>Supervisor briefed</source>
        <translation>已向主管补报</translation>
    </message>
    <message>
        <source>Call-back scheduled</source>
        <translation>已安排回访</translation>
    </message>
    <message>
        <source>Call-back: customer reached</source>
        <translation>回访：已联系上客人</translation>
    </message>
    <message>
        <source>Call-back: not reached</source>
        <translation>回访：未联系上</translation>
    </message>
    <message>
        <source>Call-back given up</source>
        <translation>放弃回访</translation>
    </message>
    <message>
        <source>Evidence attached</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>Merged into another case</source>
        <translation>已合并到其他案件</translation>
    </message>
    <message>
        <source>Duplicate case merged in</source>
        <translation>重复案件已并入</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>属实</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>不属实</translation>
    </message>
    <message>
        <source>This name is already in the list.</source>
        <translation>列表中已有这个名称。</translation>
    </message>
    <message>
        <source>No such category.</source>
        <translation>没有这个类别。</translation>
    </message>
    <message>
        <source>No such cause.</source>
        <translation>没有这个原因。</translation>
    </message>
    <message>
        <source>A day cannot be both a holiday and a working day: {d}</source>
        <translation>同一天不能既是假日又是上班日：{d}</translation>
    </message>
    <message>
        <source>Not a year: {y}</source>
        <translation>不是年份：{y}</translation>
    </message>
    <message>
        <source>Working days from {d} are not in the holiday calendar: Monday–Friday is assumed. Enter that year's official holidays and 调休 working days.</source>
        <translation>{d} 起的日期不在节假日日历中，暂按周一至周五计算工作日。请录入该年的法定假日和调休上班日。</translation>
    </message>
    <message>
        <source>Choose how the complaint came in.</source>
        <translation>请选择投诉渠道。</translation>
    </message>
    <message>
        <source>A phone or online complaint needs a contact to reply to.</source>
        <translation>电话或网络投诉必须留下联系方式，以便答复。</translation>
    </message>
    <message>
        <source>No such couple.</source>
        <translation>没有这对新人。</translation>
    </message>
    <message>
        <source>This time is in the future.</source>
        <translation>这个时间还没到。</translation>
    </message>
    <message>
        <source>No such station.</source>
        <translation>没有这个环节。</translation>
    </message>
    <message>
        <source>A call-back needs an owner: choose who will call.</source>
        <translation>回访必须有负责人：请选择由谁回访。</translation>
    </message>
    <message>
        <source>No such active staff member.</source>
        <translation>没有这位在职员工。</translation>
    </message>
    <message>
        <source>Call-back on {day} by {name}.</source>
        <translation>{day} 由{name}回访。</translation>
    </message>
    <message>
        <source>No call-back #{id}.</source>
        <translation>没有回访 #{id}。</translation>
    </message>
    <message>
        <source>This call-back was changed at another counter; reload and try again.</source>
        <translation>此回访已在另一台前台电脑上修改，请刷新后重试。</translation>
    </message>
    <message>
        <source>This call-back is already done or given up.</source>
        <translation>此回访已完成或已放弃。</translation>
    </message>
    <message>
        <source>Satisfaction is 1 (very unhappy) to 5 (very happy).</source>
        <translation>满意度为 1（很不满意）到 5（很满意）。</translation>
    </message>
    <message>
        <source>Write down what the customer is unhappy about: the case is reopened with it.</source>
        <translation>请写下客人不满意的地方：案件将据此重新打开。</translation>
    </message>
    <message>
        <source>Start a shift first: the call records who made it.</source>
        <translation>请先开始当班：回访要记录是谁打的。</translation>
    </message>
    <message>
        <source>Satisfaction {n}/5. {comment}</source>
        <translation>满意度 {n}/5。{comment}</translation>
    </message>
    <message>
        <source>Try again on {day}. {comment}</source>
        <translation>{day} 再打。{comment}</translation>
    </message>
    <message>
        <source>Call-back: the customer is unhappy ({n}/5): {comment}</source>
        <translation>回访：客人不满意（{n}/5）：{comment}</translation>
    </message>
    <message>
        <source>Say why the call-back is given up.</source>
        <translation>请写明放弃回访的原因。</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <source>Write down what happened.</source>
        <translation>请写下事情经过。</translation>
    </message>
    <message>
        <source>Every complaint is reported to a supervisor: choose who.</source>
        <translation>每宗客怨都要向主管报告：请选择报告给谁。</translation>
    </message>
    <message>
        <source>{name} is not a supervisor. If the supervisor is absent, tick “supervisor absent”.</source>
        <translation>{name} 不是主管。主管不在时请勾选“主管不在”。</translation>
    </message>
    <message>
        <source>Agree a reply time with the customer (required for phone and online complaints).</source>
        <translation>请与客人约定答复时间（电话和网络投诉必填）。</translation>
    </message>
    <message>
        <source>The promised reply time is in the past.</source>
        <translation>约定答复时间已经过去。</translation>
    </message>
    <message>
        <source>Start a shift first: the complaint records who received it.</source>
        <translation>请先开始当班：客怨要记录接待人。</translation>
    </message>
    <message>
        <source>The case number was taken at another counter; save again.</source>
        <translation>案件编号刚被其他前台占用，请再保存一次。</translation>
    </message>
    <message>
        <source>Reported to {name} at {at}{stand_in}.</source>
        <translation>已于 {at} 报告 {name}{stand_in}。</translation>
    </message>
    <message>
        <source> (supervisor absent: person in charge)</source>
        <translation>（主管不在，报其他负责人）</translation>
    </message>
    <message>
        <source>No complaint #{id}.</source>
        <translation>没有编号为 #{id} 的客怨。</translation>
    </message>
    <message>
        <source>This case was changed at another counter; reload and try again.</source>
        <translation>此案已在其他前台被修改，请刷新后重试。</translation>
    </message>
    <message>
        <source>Write down what the investigation found.</source>
        <translation>请写下调查结果。</translation>
    </message>
    <message>
        <source>The case is {status}: no investigation now.</source>
        <translation>此案当前为“{status}”：现在不能记录调查。</translation>
    </message>
    <message>
        <source>Write down what was done.</source>
        <translation>请写下做了什么。</translation>
    </message>
    <message>
        <source>Say what we are waiting for.</source>
        <translation>请写明在等待客人什么。</translation>
    </message>
    <message>
        <source>The case is {status}: it cannot wait for the customer now.</source>
        <translation>此案当前为“{status}”：现在不能转为等待客人。</translation>
    </message>
    <message>
        <source>The case is not waiting for the customer.</source>
        <translation>此案不在等待客人状态。</translation>
    </message>
    <message>
        <source>Clock paused for {m} min; deadlines moved accordingly.</source>
        <translation>计时暂停 {m} 分钟，各时限相应顺延。</translation>
    </message>
    <message>
        <source>Describe the compensation to be approved.</source>
        <translation>请写明需审批的补偿内容。</translation>
    </message>
    <message>
        <source>The case is {status}: approval cannot be requested now.</source>
        <translation>此案当前为“{status}”：现在不能请示审批。</translation>
    </message>
    <message>
        <source>No approval is pending on this case.</source>
        <translation>此案没有待审批的补偿。</translation>
    </message>
    <message>
        <source>Choose the outcome: confirmed or not confirmed.</source>
        <translation>请选择结论：属实或不属实。</translation>
    </message>
    <message>
        <source>A confirmed complaint needs the corrective action.</source>
        <translation>投诉属实时必须填写纠正措施。</translation>
    </message>
    <message>
        <source>Write down the explanation given to the customer.</source>
        <translation>请写下给客人的解释。</translation>
    </message>
    <message>
        <source>The compensation is waiting for the executive manager's approval.</source>
        <translation>补偿正在等待执行经理审批。</translation>
    </message>
    <message>
        <source>The case is {status}: it cannot be resolved now.</source>
        <translation>此案当前为“{status}”：现在不能录入处理结果。</translation>
    </message>
    <message>
        <source>Compensation beyond the order needs the executive manager's approval first.</source>
        <translation>超出订单的补偿须先经执行经理批准。</translation>
    </message>
    <message>
        <source>Corrective action: {t}</source>
        <translation>纠正措施：{t}</translation>
    </message>
    <message>
        <source>Apology made.</source>
        <translation>已向客人道歉。</translation>
    </message>
    <message>
        <source>Compensation: {t}</source>
        <translation>补偿：{t}</translation>
    </message>
    <message>
        <source>Explanation: {t}</source>
        <translation>解释：{t}</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>此案已经结案。</translation>
    </message>
    <message>
        <source>Resolve the case before closing it.</source>
        <translation>请先录入处理结果再结案。</translation>
    </message>
    <message>
        <source>Write down the customer's response to the result.</source>
        <translation>请记录客人对处理结果的反馈。</translation>
    </message>
    <message>
        <source>Say why the case is reopened.</source>
        <translation>请写明重新打开的原因。</translation>
    </message>
    <message>
        <source>Only a resolved or closed case can be reopened.</source>
        <translation>只有已处理或已结案的案件才能重新打开。</translation>
    </message>
    <message>
        <source>Only an open case can be handed over.</source>
        <translation>只有未结的案件才能转交。</translation>
    </message>
    <message>
        <source>Now held by {name}.</source>
        <translation>现由 {name} 跟进。</translation>
    </message>
    <message>
        <source>Choose the supervisor who was briefed.</source>
        <translation>请选择已补报的主管。</translation>
    </message>
    <message>
        <source>{name} briefed.</source>
        <translation>已向 {name} 补报。</translation>
    </message>
    <message>
        <source>Choose the case to merge this one into.</source>
        <translation>请选择要合并到的案件。</translation>
    </message>
    <message>
        <source>A case cannot be merged into itself.</source>
        <translation>案件不能合并到自己。</translation>
    </message>
    <message>
        <source>This case is already merged into {no}.</source>
        <translation>本案件已合并到 {no}。</translation>
    </message>
    <message>
        <source>The case is {status}: only an open case can be merged.</source>
        <translation>案件{status}：只有未结案件可以合并。</translation>
    </message>
    <message>
        <source>{no} is itself merged into another case: choose that one.</source>
        <translation>{no} 已合并到另一宗案件：请选那一宗。</translation>
    </message>
    <message>
        <source>{no} is {status}: merge only into an open case.</source>
        <translation>{no} {status}：只能合并到未结案件。</translation>
    </message>
    <message>
        <source>Merged into {no}.</source>
        <translation>已合并到 {no}。</translation>
    </message>
    <message>
        <source>{no} ({who}) merged into this case: its log, contact and evidence are shown here.</source>
        <translation>{no}（{who}）已并入本案：其跟进记录、联系方式和证据都显示在这里。</translation>
    </message>
    <message>
        <source>Unknown list.</source>
        <translation>未知的列表。</translation>
    </message>
    <message>
        <source>No complaint {no}.</source>
        <translation>没有客怨 {no}。</translation>
    </message>
    <message>
        <source>“{name}” is {size}: larger than the {limit} MB allowed. Send a smaller photo or a screenshot.</source>
        <translation>“{name}”有 {size}，超过允许的 {limit} MB。请换一张小一些的照片或截图。</translation>
    </message>
    <message>
        <source>“{name}” cannot be read: check that the file exists and is not open in another program.</source>
        <translation>无法读取“{name}”：请确认文件存在，且没有被其他程序占用。</translation>
    </message>
    <message>
        <source>The file has no name.</source>
        <translation>文件没有名称。</translation>
    </message>
    <message>
        <source>“{name}” is empty: nothing to keep.</source>
        <translation>“{name}”是空文件，无内容可保存。</translation>
    </message>
    <message>
        <source>Start a shift first: evidence records who attached it.</source>
        <translation>请先开始当班：证据要记录是谁添加的。</translation>
    </message>
    <message>
        <source>This case was merged into {no}: attach the evidence there.</source>
        <translation>本案件已合并到 {no}：请把证据添加到那宗案件。</translation>
    </message>
    <message>
        <source>That log entry is not on this case.</source>
        <translation>这条跟进记录不属于本案件。</translation>
    </message>
    <message>
        <source>{name} ({size})</source>
        <translation>{name}（{size}）</translation>
    </message>
    <message>
        <source>No such evidence #{id}.</source>
        <translation>没有这份证据 #{id}。</translation>
    </message>
    <message>
        <source>Cannot write “{path}”: {reason}</source>
        <translation>无法写入“{path}”：{reason}</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>New complaint (Ctrl+N)</source>
        <extracomment>A case's printout was asked for (complaint id). The printing area connects to it.</extracomment>
        <translation>登记客怨（Ctrl+N）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我跟进的</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Search: case number, name, couple, order, what happened</source>
        <translation>搜索：案件编号、姓名、新人、订单号、事情经过</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Lists and working days…</source>
        <translation>选项与工作日…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停（等待客人）</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source> · supervisor not briefed</source>
        <translation> · 未向主管补报</translation>
    </message>
    <message>
        <source>The supervisor was absent at intake and has not been briefed yet: open the case and record the briefing.</source>
        <translation>受理时主管不在，至今未向主管汇报：请打开客怨单，补报后点“已向主管补报”。</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一个时限</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>新人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>当事员工</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事情经过</translation>
    </message>
    <message>
        <source>● new</source>
        <comment>new evidence arrived while waiting (short: in the Status column)</comment>
        <translation>● 新证据</translation>
    </message>
    <message>
        <source>The customer's photos or files arrived while the case was waiting for them ({n}): open the case to see them.</source>
        <translation>等待客人期间收到了客人发来的照片或文件（{n} 份）：打开案件查看。</translation>
    </message>
    <message>
        <source>Select a case to see its details here; Enter or double-click opens it.</source>
        <translation>选中一宗案件即可在此查看详情；按回车或双击打开。</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>only the first {n}: search or pick a category to narrow the list</source>
        <translation>只显示前 {n} 宗：请搜索或选择类别缩小范围</translation>
    </message>
    <message>
        <source>Call-backs due: {n}</source>
        <translation>今日应回访：{n}</translation>
    </message>
    <message>
        <source>Complaints overdue: {n}</source>
        <translation>逾期客怨：{n}</translation>
    </message>
    <message>
        <source>Some result deadlines assume Monday–Friday (marked ⚠): the holiday calendar does not cover them yet.</source>
        <translation>部分处理结果时限按周一至周五估算（标 ⚠）：节假日日历尚未覆盖这些日期。</translation>
    </message>
    <message>
        <source>Working-day calendar incomplete</source>
        <translation>工作日日历不完整</translation>
    </message>
    <message>
        <source>{n} cases shown · {o} overdue in total</source>
        <translation>显示 {n} 宗 · 共 {o} 宗逾期</translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message>
        <source>Attach…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Attach photos or files (or drop them onto this window)</source>
        <translation>添加照片或文件（也可以直接拖到本窗口）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Evidence ({n})</source>
        <translation>证据（{n}）</translation>
    </message>
    <message>
        <source>● {n} new while waiting for the customer</source>
        <translation>● 等待客人期间新收到 {n} 份</translation>
    </message>
    <message>
        <source>Drop photos or files here, or use Attach…</source>
        <translation>把照片或文件拖到这里，或点“添加…”</translation>
    </message>
    <message>
        <source>Attached {at} by {who}</source>
        <translation>{at} 由 {who} 添加</translation>
    </message>
    <message>
        <source>With the log entry of {at}</source>
        <translation>附在 {at} 的跟进记录上</translation>
    </message>
    <message>
        <source>From the merged case {no}</source>
        <translation>来自已合并的案件 {no}</translation>
    </message>
    <message>
        <source>New: arrived while waiting for the customer</source>
        <translation>新：等待客人期间收到</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>Photos and files (*)</source>
        <translation>照片和文件 (*)</translation>
    </message>
    <message>
        <source>Attaching {n} file(s)…</source>
        <translation>正在添加 {n} 个文件…</translation>
    </message>
    <message>
        <source>Save evidence as</source>
        <translation>证据另存为</translation>
    </message>
</context>
<context>
    <name>MergeCaseDialog</name>
    <message>
        <source>Merge {no} into another case</source>
        <translation>把 {no} 合并到另一宗案件</translation>
    </message>
    <message>
        <source>The same complaint was recorded twice (e.g. the bride and the groom both called)? Choose the case to keep. {no} is then marked merged: its deadlines stop, and its contact, log and evidence are shown on the chosen case.</source>
        <translation>同一件投诉登记了两次（例如新娘和新郎都打了电话）？请选择要保留的案件。{no} 将标记为已合并：其期限停止计算，联系方式、跟进记录和证据都显示在所选案件上。</translation>
    </message>
    <message>
        <source>Search open cases: case number, name, couple, order</source>
        <translation>搜索未结案件：案件编号、姓名、新人、订单</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>新人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Note (optional): why these are the same complaint</source>
        <translation>备注（可选）：为什么是同一件投诉</translation>
    </message>
    <message>
        <source>Merge into the chosen case</source>
        <translation>合并到所选案件</translation>
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
</TS>