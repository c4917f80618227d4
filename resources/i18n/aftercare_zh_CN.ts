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
</TS>