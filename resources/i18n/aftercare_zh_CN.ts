<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Aftercare</name>
    <message>
        <source>Lent to guests, not back</source>
        <translation>借给客人、未归还的物品</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>借出时间</translation>
    </message>
    <message>
        <source>Out for</source>
        <translation>借出时长</translation>
    </message>
    <message>
        <source>Everything lent has come back.</source>
        <translation>借出的物品都已归还。</translation>
    </message>
    <message>
        <source>Lost and found, kept</source>
        <translation>失物招领（保管中）</translation>
    </message>
    <message>
        <source>What</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Found where</source>
        <translation>拾获地点</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>拾获时间</translation>
    </message>
    <message>
        <source>Kept where</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>已保管</translation>
    </message>
    <message>
        <source>No found item is waiting to be claimed.</source>
        <translation>没有待认领的拾获物品。</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>{kept} (may be disposed of)</source>
        <translation>{kept}（可处理）</translation>
    </message>
    <message>
        <source>Umbrella</source>
        <translation>雨伞</translation>
    </message>
    <message>
        <source>Charger</source>
        <translation>充电器</translation>
    </message>
    <message>
        <source>Slippers</source>
        <translation>拖鞋</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Cannot be in the future.</source>
        <translation>不能晚于现在。</translation>
    </message>
    <message>
        <source>No found item #{id}.</source>
        <translation>没有拾获物品 #{id}。</translation>
    </message>
    <message>
        <source>No order {no}.</source>
        <translation>没有订单 {no}。</translation>
    </message>
    <message>
        <source>Say what the claimant showed (ID card, order number).</source>
        <translation>请写明认领人出示的证明（身份证、订单号）。</translation>
    </message>
    <message>
        <source>This item is no longer kept (already claimed or disposed of).</source>
        <translation>这件物品已不在保管中（已认领或已处理）。</translation>
    </message>
    <message>
        <source>Say how it was disposed of (given to charity, thrown away…).</source>
        <translation>请写明处理方式（捐赠、丢弃……）。</translation>
    </message>
    <message>
        <source>Kept for {days} of {keep} days: it cannot be disposed of yet.</source>
        <translation>已保管 {days} 天（须满 {keep} 天）：还不能处理。</translation>
    </message>
    <message>
        <source>Choose what is lent.</source>
        <translation>请选择借出的物品。</translation>
    </message>
    <message>
        <source>Say what is lent.</source>
        <translation>请写明借出的物品。</translation>
    </message>
    <message>
        <source>This guest is no longer in the store.</source>
        <translation>这位客人已不在店内。</translation>
    </message>
    <message>
        <source>Say what happened to the lent item.</source>
        <translation>请写明借出物品的情况。</translation>
    </message>
    <message>
        <source>No loan #{id}.</source>
        <translation>没有借用记录 #{id}。</translation>
    </message>
    <message>
        <source>This item has already come back.</source>
        <translation>这件物品已经归还。</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>No couple #{id}.</source>
        <translation>没有新人 #{id}。</translation>
    </message>
    <message>
        <source>{product} is ticked twice.</source>
        <translation>{product}勾选了两次。</translation>
    </message>
    <message>
        <source>{product} is not owed on this order.</source>
        <translation>{product}不是这个订单待交付的产品。</translation>
    </message>
    <message>
        <source>Say why {product} is missing.</source>
        <translation>请写明{product}未交付的原因。</translation>
    </message>
    <message>
        <source>Check off at least one product.</source>
        <translation>请至少勾选一件产品。</translation>
    </message>
    <message>
        <source>Items are missing: pick the time of the follow-up pickup.</source>
        <translation>有产品未到：请选择补取件的时间。</translation>
    </message>
    <message>
        <source>More than the balance due ({due}).</source>
        <translation>超过应收尾款（{due}）。</translation>
    </message>
    <message>
        <source>How was it paid?</source>
        <translation>付款方式？</translation>
    </message>
    <message>
        <source>Follow-up pickup: {items}</source>
        <translation>补取件：{items}</translation>
    </message>
    <message>
        <source>No pickup #{id}.</source>
        <translation>没有取件记录 #{id}。</translation>
    </message>
    <message>
        <source>No extras offered</source>
        <translation>未推荐加选</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>不接受</translation>
    </message>
    <message>
        <source>A whole number from {low} to {high}.</source>
        <translation>请填 {low} 到 {high} 之间的整数。</translation>
    </message>
    <message>
        <source>There is already a package of this name.</source>
        <translation>已有同名套系。</translation>
    </message>
    <message>
        <source>No package #{id}.</source>
        <translation>没有套系 #{id}。</translation>
    </message>
    <message>
        <source>The deposit cannot be more than the total.</source>
        <translation>定金不能超过总额。</translation>
    </message>
    <message>
        <source>No selection #{id}.</source>
        <translation>没有选片记录 #{id}。</translation>
    </message>
    <message>
        <source>Accepted or declined?</source>
        <translation>接受还是不接受？</translation>
    </message>
    <message>
        <source>Extras were offered: record whether the couple accepted or declined them.</source>
        <translation>推荐了加选：请记录新人接受还是不接受。</translation>
    </message>
    <message>
        <source>{n} more than the package includes, but no extras recorded: record the extras offered and accepted, or choose fewer.</source>
        <translation>比套系多选了 {n} 张，但没有记录加选：请记录推荐和接受的加选，或少选几张。</translation>
    </message>
    <message>
        <source>No extras: nothing is added to the order.</source>
        <translation>没有加选：订单不增加金额。</translation>
    </message>
    <message>
        <source>How many extra photos were offered?</source>
        <translation>推荐加选了几张？</translation>
    </message>
    <message>
        <source>The extras were declined: at most {n} photos (the package), {over} too many.</source>
        <translation>新人不接受加选：最多选 {n} 张（套系含），多了 {over} 张。</translation>
    </message>
    <message>
        <source>The extras were declined: nothing is added to the order.</source>
        <translation>新人不接受加选：订单不增加金额。</translation>
    </message>
    <message>
        <source>Accepted extras: the couple chose no photo beyond the {n} included.</source>
        <translation>接受加选：但新人选的照片没有超出套系含的 {n} 张。</translation>
    </message>
    <message>
        <source>{n} extra photos accepted: at least {n} were offered.</source>
        <translation>接受加选 {n} 张：推荐的至少应有 {n} 张。</translation>
    </message>
    <message>
        <source>No staff member #{id}.</source>
        <translation>没有员工 #{id}。</translation>
    </message>
    <message>
        <source>This selection is signed: it is no longer changed.</source>
        <translation>这次选片已签字，不能再修改。</translation>
    </message>
    <message>
        <source>Someone else changed this selection a moment ago; reopen it.</source>
        <translation>别人刚刚改过这次选片，请重新打开。</translation>
    </message>
    <message>
        <source>No photo chosen yet.</source>
        <translation>还没有选照片。</translation>
    </message>
    <message>
        <source>Signature / date</source>
        <translation>签名 / 日期</translation>
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
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>套系</translation>
    </message>
    <message>
        <source>Order {no} has no selection session.</source>
        <translation>订单 {no} 没有选片记录。</translation>
    </message>
    <message>
        <source>Selection sheet</source>
        <translation>选片单</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>选片师</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>选片时间</translation>
    </message>
    <message>
        <source>signed {at}</source>
        <translation>{at} 签字</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>张数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Included in the package</source>
        <translation>套系含</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>已选</translation>
    </message>
    <message>
        <source>Extra photos offered</source>
        <translation>推荐加选</translation>
    </message>
    <message>
        <source>Extra photos accepted</source>
        <translation>接受加选</translation>
    </message>
    <message>
        <source>Added to the order: {amount}</source>
        <translation>加入订单金额：{amount}</translation>
    </message>
    <message>
        <source>Price per extra photo: {amount}</source>
        <translation>加选单价：{amount}/张</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The couple confirms the photos chosen above; extras were offered once and answered as shown.</source>
        <translation>新人确认以上所选照片；加选只推荐一次，答复如上。</translation>
    </message>
    <message>
        <source>Couple</source>
        <translation>新人</translation>
    </message>
    <message>
        <source>Seller: {name}</source>
        <translation>选片师：{name}</translation>
    </message>
    <message>
        <source>Selection sheet {no}</source>
        <translation>选片单 {no}</translation>
    </message>
    <message>
        <source>Order {no} has no pickup yet.</source>
        <translation>订单 {no} 还没有取件记录。</translation>
    </message>
    <message>
        <source>Pickup receipt</source>
        <translation>取件签收单</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>交付人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已交付</translation>
    </message>
    <message>
        <source>Still owed to the couple</source>
        <translation>尚欠新人的产品</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Follow-up pickup: {at}</source>
        <translation>补取时间：{at}</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>订单总额</translation>
    </message>
    <message>
        <source>Extras at selection</source>
        <translation>选片加选</translation>
    </message>
    <message>
        <source>Deposit paid</source>
        <translation>已付定金</translation>
    </message>
    <message>
        <source>Paid since</source>
        <translation>此后已付</translation>
    </message>
    <message>
        <source>Collected now: {method}, receipt {no}, by {who}</source>
        <translation>本次收款：{method}，收据 {no}，经手 {who}</translation>
    </message>
    <message>
        <source>Balance still owed by the couple</source>
        <translation>新人尚欠尾款</translation>
    </message>
    <message>
        <source>Owed to the couple (refund)</source>
        <translation>应退新人</translation>
    </message>
    <message>
        <source>Balance: settled</source>
        <translation>尾款：已结清</translation>
    </message>
    <message>
        <source>Received by the couple</source>
        <translation>新人签收</translation>
    </message>
    <message>
        <source>Handed over by: {name}</source>
        <translation>交付人：{name}</translation>
    </message>
    <message>
        <source>Pickup receipt {no}</source>
        <translation>取件签收单 {no}</translation>
    </message>
</context>
<context>
    <name>AftercareCard</name>
    <message>
        <source>Still to hand over: {items}</source>
        <translation>尚未交付：{items}</translation>
    </message>
    <message>
        <source>Balance due {amount}</source>
        <translation>尚欠尾款 {amount}</translation>
    </message>
    <message>
        <source>Owed to the couple {amount}</source>
        <translation>应退新人 {amount}</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Claimed</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>认领人</translation>
    </message>
    <message>
        <source>ID shown</source>
        <translation>出示证件</translation>
    </message>
    <message>
        <source>or order number</source>
        <translation>或订单号</translation>
    </message>
</context>
<context>
    <name>FoundDialog</name>
    <message>
        <source>Found item</source>
        <translation>登记拾获物品</translation>
    </message>
    <message>
        <source>What</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Found where</source>
        <translation>拾获地点</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>拾获人</translation>
    </message>
    <message>
        <source>Kept where</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>LendDialog</name>
    <message>
        <source>Lend to a guest</source>
        <translation>借给客人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>To: {who}</source>
        <translation>借给：{who}</translation>
    </message>
    <message>
        <source>Deposit (yuan)</source>
        <translation>押金（元）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>LostFoundPanel</name>
    <message>
        <source>Lend…</source>
        <translation>借出…</translation>
    </message>
    <message>
        <source>Came back</source>
        <translation>已归还</translation>
    </message>
    <message>
        <source>Not returned…</source>
        <translation>未归还…</translation>
    </message>
    <message>
        <source>Found item…</source>
        <translation>登记失物…</translation>
    </message>
    <message>
        <source>Claimed…</source>
        <translation>认领…</translation>
    </message>
    <message>
        <source>Dispose of…</source>
        <translation>处理…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>客人</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>借出时间</translation>
    </message>
    <message>
        <source>Out for</source>
        <translation>借出时长</translation>
    </message>
    <message>
        <source>What</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Found where</source>
        <translation>拾获地点</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>拾获时间</translation>
    </message>
    <message>
        <source>Kept where</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Lent out ({n})</source>
        <translation>借出未还 ({n})</translation>
    </message>
    <message>
        <source>Found, waiting to be claimed ({n})</source>
        <translation>拾获待认领 ({n})</translation>
    </message>
    <message>
        <source>Lent out</source>
        <translation>借出物品</translation>
    </message>
    <message>
        <source>Select a lent item first.</source>
        <translation>请先选择一件借出物品。</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>未归还</translation>
    </message>
    <message>
        <source>What happened to it? (the deposit of {amount} is kept)</source>
        <translation>物品怎么了？（押金 {amount} 不退）</translation>
    </message>
    <message>
        <source>Lost and found</source>
        <translation>失物招领</translation>
    </message>
    <message>
        <source>Select a found item first.</source>
        <translation>请先选择一件拾获物品。</translation>
    </message>
    <message>
        <source>Dispose of</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>How was it disposed of?</source>
        <translation>如何处理的？</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Not an amount: type yuan like 200 or 199.50.</source>
        <translation>不是金额：请按元输入，如 200 或 199.50。</translation>
    </message>
</context>
<context>
    <name>PackagesPage</name>
    <message>
        <source>Offered in the new-order form; the selection counts the included photos and the pickup checks the products off. A package no longer sold is switched off: orders that have it keep it.</source>
        <translation>新建订单时从这里选择套系；选片按套系内含张数计算，取件按套系产品逐项核对。不再销售的套系请停售：已有订单保留原套系。</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>套系</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>内含张数</translation>
    </message>
    <message>
        <source>Extra photo</source>
        <translation>加片单价</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>On</source>
        <translation>在售</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>停售</translation>
    </message>
    <message>
        <source> photos</source>
        <translation> 张</translation>
    </message>
    <message>
        <source>yuan, e.g. 50</source>
        <translation>元，例如 50</translation>
    </message>
    <message>
        <source>yuan, e.g. 6999</source>
        <translation>元，例如 6999</translation>
    </message>
    <message>
        <source>One product per line, with its count: 相册 30P × 1</source>
        <translation>每行一个产品并写数量：相册 30P × 1</translation>
    </message>
    <message>
        <source>Sold (offered for new orders)</source>
        <translation>在售（新建订单可选）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Photos included</source>
        <translation>内含精修张数</translation>
    </message>
    <message>
        <source>Price per extra photo</source>
        <translation>加片单价</translation>
    </message>
    <message>
        <source>New package</source>
        <translation>新建套系</translation>
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
    <name>PickupDialog</name>
    <message>
        <source>Handed over</source>
        <translation>已交付</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺件</translation>
    </message>
    <message>
        <source>Why it is missing</source>
        <translation>缺件原因</translation>
    </message>
    <message>
        <source>Last time: {reason}</source>
        <translation>上次原因：{reason}</translation>
    </message>
    <message>
        <source>Pickup sign-off</source>
        <translation>取件签收</translation>
    </message>
    <message>
        <source>{order} · {names} · package {package}</source>
        <translation>{order} · {names} · 套系 {package}</translation>
    </message>
    <message>
        <source>Nothing is owed on this order: every product has been handed over.</source>
        <translation>本单产品已全部交付，没有待取的产品。</translation>
    </message>
    <message>
        <source>The order has no package with products.</source>
        <translation>本单没有含产品的套系。</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Follow-up pickup</source>
        <translation>补取时间</translation>
    </message>
    <message>
        <source>Total {total} + extras {extras} − deposit {deposit} − paid {paid} = due {due}</source>
        <translation>总价 {total} + 加选 {extras} − 定金 {deposit} − 已付 {paid} = 应收 {due}</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Collected now (yuan)</source>
        <translation>本次收款（元）</translation>
    </message>
    <message>
        <source>— pick —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>收据号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Sign off and print…</source>
        <translation>签收并打印…</translation>
    </message>
</context>
<context>
    <name>SelectionDialog</name>
    <message>
        <source>Selection session</source>
        <translation>选片</translation>
    </message>
    <message>
        <source>{order} · {names} · package {package}</source>
        <translation>{order} · {names} · 套系 {package}</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>选片师</translation>
    </message>
    <message>
        <source>Photos in the package</source>
        <translation>套系含张数</translation>
    </message>
    <message>
        <source>Photos chosen</source>
        <translation>已选张数</translation>
    </message>
    <message>
        <source>Extra photos offered</source>
        <translation>推荐加选张数</translation>
    </message>
    <message>
        <source>The couple's answer</source>
        <translation>新人的答复</translation>
    </message>
    <message>
        <source>Amount added (yuan)</source>
        <translation>加收金额（元）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The couple has signed the printed selection sheet (closes the session)</source>
        <translation>新人已在打印的选片单上签字（选片结束）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save and print…</source>
        <translation>保存并打印…</translation>
    </message>
    <message>
        <source>Save, then show the selection sheet for the couple to sign</source>
        <translation>保存，然后显示选片单供新人签字</translation>
    </message>
    <message>
        <source>empty: {n} × {price} = {amount}</source>
        <translation>留空：{n} × {price} = {amount}</translation>
    </message>
</context>
<context>
    <name>VisitForms</name>
    <message>
        <source>Selection sheet {no}</source>
        <translation>选片单 {no}</translation>
    </message>
    <message>
        <source>Pickup receipt {no}</source>
        <translation>取件签收单 {no}</translation>
    </message>
</context>
<context>
    <name>VisitFormsButton</name>
    <message>
        <source>Selection / pickup</source>
        <translation>选片 / 取件</translation>
    </message>
    <message>
        <source>Record the selection session or the pickup sign-off, and print the sheet to sign</source>
        <translation>记录选片或取件签收，并打印单据供签字</translation>
    </message>
    <message>
        <source>Selection session…</source>
        <translation>选片…</translation>
    </message>
    <message>
        <source>Pickup sign-off…</source>
        <translation>取件签收…</translation>
    </message>
    <message>
        <source>Print the selection sheet again</source>
        <translation>重新打印选片单</translation>
    </message>
    <message>
        <source>Print the pickup receipt again</source>
        <translation>重新打印取件签收单</translation>
    </message>
</context>
</TS>