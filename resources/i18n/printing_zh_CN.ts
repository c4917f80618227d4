<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>PdfPreview</name>
    <message>
        <source>Whole page</source>
        <extracomment>Pages are rendered for the printer at its resolution, but never finer than this (memory). Emitted after the pages were sent to a printer (number of pages). Emitted after the PDF was saved (path).</extracomment>
        <translation>整页</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Pick a couple or a date: the printout is shown here before it is printed.</source>
        <translation>请选择一对新人或一个日期：打印前先在这里预览。</translation>
    </message>
    <message>
        <source>Pages: {n}</source>
        <translation>共 {n} 页</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview — {title}</source>
        <translation>打印预览 —— {title}</translation>
    </message>
</context>
<context>
    <name>PrintTab</name>
    <message>
        <source>Name, pinyin initials, last 4 phone digits or order no. (scan)</source>
        <translation>姓名、拼音首字母、手机后四位或订单号（可扫码）</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>新人</translation>
    </message>
    <message>
        <source>Shoot date</source>
        <translation>拍摄日期</translation>
    </message>
    <message>
        <source>Flow sheet of one couple</source>
        <translation>单对新人流程表</translation>
    </message>
    <message>
        <source>Show all sheets of the day</source>
        <translation>生成当天全部流程表</translation>
    </message>
    <message>
        <source>All shooting couples of a day</source>
        <translation>某天全部拍摄新人</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 纵向</translation>
    </message>
    <message>
        <source>A5 portrait</source>
        <translation>A5 纵向</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Flow sheets</source>
        <translation>流程表</translation>
    </message>
    <message>
        <source>Complaint register</source>
        <translation>投诉登记表</translation>
    </message>
    <message>
        <source>Case no., complainant, couple or order no.</source>
        <translation>案件编号、投诉人、新人或订单号</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The latest cases are listed; type to search all of them.</source>
        <translation>列出最近的案件；输入即可搜索全部案件。</translation>
    </message>
    <message>
        <source>Complaint details are hidden while the screen is in client-safe mode.</source>
        <translation>屏幕处于客户可见模式：投诉详情已隐藏。</translation>
    </message>
    <message>
        <source>Complaint register: {case_no}</source>
        <translation>投诉登记表：{case_no}</translation>
    </message>
    <message>
        <source>Type to find a couple; scanning the code on a sheet finds it too.</source>
        <translation>输入即可查找新人；扫描流程表上的条码或二维码也可以。</translation>
    </message>
    <message>
        <source>No couple matches “{text}”.</source>
        <translation>没有与“{text}”匹配的新人。</translation>
    </message>
    <message>
        <source>Couples found: {n}</source>
        <translation>找到 {n} 对新人</translation>
    </message>
    <message>
        <source>Couples shooting this day: {n}</source>
        <translation>当天拍摄 {n} 对新人</translation>
    </message>
    <message>
        <source>Flow sheet: {order_no}  {names}</source>
        <translation>流程表：{order_no}  {names}</translation>
    </message>
    <message>
        <source>Laying out the flow sheets…</source>
        <translation>正在排版流程表…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Day sheets</source>
        <translation>当天流程表</translation>
    </message>
    <message>
        <source>Flow sheets of {date} ({n} couples)</source>
        <translation>{date} 流程表（{n} 对新人）</translation>
    </message>
    <message>
        <source>No couples shoot on this day.</source>
        <translation>当天没有拍摄的新人。</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>bride</source>
        <extracomment>The shoot-day stations printed (with empty cells) for a couple whose flow has not been started.</extracomment>
        <translation>新娘</translation>
    </message>
    <message>
        <source>groom</source>
        <translation>新郎</translation>
    </message>
    <message>
        <source>{station} ({person})</source>
        <translation>{station}（{person}）</translation>
    </message>
    <message>
        <source>Not a date (YYYY-MM-DD): {text}</source>
        <translation>不是有效日期（格式 YYYY-MM-DD）：{text}</translation>
    </message>
    <message>
        <source>No couples shoot on {date}: nothing to print.</source>
        <translation>{date} 没有拍摄的新人，没有可打印的内容。</translation>
    </message>
    <message>
        <source>Flow sheets of {date}</source>
        <translation>{date} 拍照流程表</translation>
    </message>
    <message>
        <source>No order {order_no}.</source>
        <translation>找不到订单 {order_no}。</translation>
    </message>
    <message>
        <source>Tel. {phone}</source>
        <extracomment>The QR mask pattern every sheet uses. reportlab's encoder otherwise builds the code eight times to score each mask (pure Python, ~4 ms a sheet, 10–15 % of the day sheets' time); any of the eight is valid (its number is in the code's format information, every reader handles them all), the scoring only avoids patterns that could slow a poor reader. Mask 0 is the checkerboard: no long runs in rows or columns. Longer special requests are printed a little smaller (still in their box, continued when needed).</extracomment>
        <translation>电话 {phone}</translation>
    </message>
    <message>
        <source>Shooting flow sheet</source>
        <translation>拍照流程表</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>not arrived yet</source>
        <translation>尚未到店</translation>
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
        <source>Package</source>
        <translation>套系</translation>
    </message>
    <message>
        <source>Shoot date</source>
        <translation>拍摄日期</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到店时间</translation>
    </message>
    <message>
        <source>Wedding date</source>
        <translation>婚期</translation>
    </message>
    <message>
        <source>Special requests — tell the makeup artist</source>
        <translation>特殊要求 —— 请转达化妆师</translation>
    </message>
    <message>
        <source>Special requests (continued)</source>
        <translation>特殊要求（续）</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Service flow</source>
        <translation>服务流程</translation>
    </message>
    <message>
        <source>Each station writes start and finish time and signs; work not done is noted with the reason.</source>
        <translation>每站填写开始、完成时间并签名；未完成的工作请在备注中写明原因。</translation>
    </message>
    <message>
        <source>No flow recorded yet: the default shoot-day stations are listed; fill in by hand.</source>
        <translation>尚无流程记录：以下为默认拍摄日站点，请各站手工填写。</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>负责人</translation>
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
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>signed: {name}</source>
        <translation>已签：{name}</translation>
    </message>
    <message>
        <source>Floor control received</source>
        <translation>场控接收</translation>
    </message>
    <message>
        <source>Reception checked</source>
        <translation>前台核对</translation>
    </message>
    <message>
        <source>Left the studio at</source>
        <translation>离店时间</translation>
    </message>
    <message>
        <source>No couple #{id}.</source>
        <translation>找不到新人 #{id}。</translation>
    </message>
    <message>
        <source>Flow sheet {order_no}</source>
        <translation>拍照流程表 {order_no}</translation>
    </message>
    <message>
        <source>Wedding Photography Studio</source>
        <translation>婚纱摄影工作室</translation>
    </message>
    <message>
        <source>(nobody on shift)</source>
        <translation>（无人当班）</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Printed {time} · Operator {name}</source>
        <translation>打印时间 {time} · 操作员 {name}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 / 共 {pages} 页</translation>
    </message>
    <message>
        <source>(continued) {label}</source>
        <translation>（续页）{label}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>No complaint #{id}.</source>
        <translation>找不到投诉 #{id}。</translation>
    </message>
    <message>
        <source>met</source>
        <translation>按时完成</translation>
    </message>
    <message>
        <source>met late</source>
        <translation>逾期完成</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>paused (waiting for the customer)</source>
        <translation>暂停（等待客户）</translation>
    </message>
    <message>
        <source>Complaint register</source>
        <translation>投诉登记表</translation>
    </message>
    <message>
        <source>{name} (in charge; supervisor briefed later)</source>
        <translation>{name}（当时负责人，事后向主管汇报）</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Order / couple</source>
        <translation>订单 / 新人</translation>
    </message>
    <message>
        <source>Happened at</source>
        <translation>发生时间地点</translation>
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
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>当前处理人</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>上报主管</translation>
    </message>
    <message>
        <source>Merged into {no}: see that register.</source>
        <translation>已合并到 {no}：见该登记表。</translation>
    </message>
    <message>
        <source>Duplicates merged into this case: {cases}</source>
        <translation>并入本案的重复登记：{cases}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>What happened (continued)</source>
        <translation>投诉内容（续）</translation>
    </message>
    <message>
        <source>What the customer wants</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>What the customer wants (continued)</source>
        <translation>客户诉求（续）</translation>
    </message>
    <message>
        <source>Standard handling: {text}</source>
        <translation>标准处理方式：{text}</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source> (Mon–Fri assumed)</source>
        <translation>（按周一至周五估算）</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>处理期限</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>已申请</translation>
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
        <source>Outcome</source>
        <translation>调查结论</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>道歉</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>补偿</translation>
    </message>
    <message>
        <source>Beyond the order: approval</source>
        <translation>超出订单：审批</translation>
    </message>
    <message>
        <source>Explanation to the customer</source>
        <translation>向客户的解释</translation>
    </message>
    <message>
        <source>Customer's response</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Customer told</source>
        <translation>已告知客户</translation>
    </message>
    <message>
        <source>Follow-up log</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Missed deadline</source>
        <translation>未按时完成的期限</translation>
    </message>
    <message>
        <source>Held by then</source>
        <translation>当时处理人</translation>
    </message>
    <message>
        <source>Missed deadlines</source>
        <translation>逾期记录</translation>
    </message>
    <message>
        <source>Received by: {name}</source>
        <translation>受理人：{name}</translation>
    </message>
    <message>
        <source>Supervisor: {name}</source>
        <translation>主管：{name}</translation>
    </message>
    <message>
        <source>Signature / date</source>
        <translation>签名 / 日期</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Files kept with the case (not printed): {names}</source>
        <translation>随案保存的文件（未打印）：{names}</translation>
    </message>
    <message>
        <source>Complaint register {case_no}</source>
        <translation>投诉登记表 {case_no}</translation>
    </message>
</context>
</TS>