"""Complaints (客怨): pick-lists with standard handling, cases with every deadline, the append-only
follow-up log and the missed-deadline ("failed by") records. Frozen copies: never edit after release."""

import peewee as pw

CATEGORIES = [
    ("服务态度", "当面诚恳道歉，安抚客人情绪；立即报告门店主管；24小时内核实当事员工言行并回复客人；"
                 "属实的按制度处理当事人（扣分），再次致歉。"),
    ("等候时间", "先道歉并安排专人陪同，马上查清卡在哪个环节；告知客人预计等候时间；"
                 "由场控调整顺序，避免再次久等。"),
    ("化妆", "请化妆师当场调整或改妆；技术或审美分歧由化妆主管从专业角度解释；"
             "报告基地调度长，必要时报告部门主管。"),
    ("造型", "请造型师当场调整；与新娘礼服、妆面重新搭配确认；报告基地调度长。"),
    ("摄影", "核对拍摄的组数、场景与订单；可补拍的与客人约定补拍时间；"
             "技术或审美问题由摄影主管作专业解释并记录。"),
    ("礼服", "立即更换或整理礼服；卫生、破损问题当面道歉并更换；报告礼服主管。"),
    ("选片/销售压力", "停止推销，门店主管出面道歉；按订单内容重新说明可选张数与价格；"
                      "不得强迫加选。"),
    ("后期修片质量", "记录需修改的照片编号和要求；与后期约定返修完成时间并告知客人；"
                     "审美差异由后期主管作专业解释。"),
    ("交件延误", "查明延误环节和原因；告知客人确定的取件时间；按约定时间交件，必要时送件上门。"),
    ("成品质量", "检查成品并拍照记录；属质量问题的重新制作并告知完成时间；整件检验环节复核。"),
    ("价格/补偿", "核对订单条款；订单内的按条款处理；超出订单的补偿由门店主管请示执行经理审批。"),
    ("其他", "认真倾听并完整记录；报告主管；在约定时间内回复客人。"),
]
CAUSES = ["员工态度/言语不当", "未按流程操作", "特殊要求未传达", "技术水平不足", "审美/专业认识差异",
          "排期或人手不足", "沟通不清/承诺未兑现", "设备或物料问题", "外部供应商/工厂", "顾客期望超出订单",
          "待查明"]


def up(migrator, db):
    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Staff(Base):
        name = pw.CharField(max_length=40)

    class Station(Base):
        code = pw.CharField(max_length=30, unique=True)

    class Couple(Base):
        order_no = pw.CharField(max_length=32, unique=True)

    class ComplaintCategory(Base):
        name = pw.CharField(max_length=40, unique=True)
        handling = pw.TextField(default="")
        sort_order = pw.IntegerField(default=0)
        active = pw.BooleanField(default=True)

    class ComplaintCause(Base):
        name = pw.CharField(max_length=40, unique=True)
        sort_order = pw.IntegerField(default=0)
        active = pw.BooleanField(default=True)

    class Complaint(Base):
        case_no = pw.CharField(max_length=20, unique=True)
        couple = pw.ForeignKeyField(Couple, null=True, backref="+")
        complainant = pw.CharField(max_length=40)
        contact = pw.CharField(max_length=60, default="")
        channel = pw.CharField(max_length=20)
        occurred_at = pw.DateTimeField()
        station = pw.ForeignKeyField(Station, null=True, backref="+")
        responsible = pw.ForeignKeyField(Staff, null=True, backref="+")
        category = pw.ForeignKeyField(ComplaintCategory, backref="+")
        cause = pw.ForeignKeyField(ComplaintCause, null=True, backref="+")
        description = pw.TextField()
        wants = pw.TextField(default="")
        received_at = pw.DateTimeField(index=True)
        received_by = pw.ForeignKeyField(Staff, null=True, backref="+")
        reported_to = pw.ForeignKeyField(Staff, backref="+")
        reported_at = pw.DateTimeField()
        reported_stand_in = pw.BooleanField(default=False)
        holder = pw.ForeignKeyField(Staff, null=True, backref="+")
        status = pw.CharField(max_length=20, default="new")
        due_investigation = pw.DateTimeField()
        due_reply = pw.DateTimeField(null=True)
        due_feedback = pw.DateTimeField(null=True)
        due_result = pw.DateTimeField()
        result_estimated = pw.BooleanField(default=False)
        next_due = pw.DateTimeField(null=True)
        investigated_at = pw.DateTimeField(null=True)
        replied_at = pw.DateTimeField(null=True)
        last_feedback_at = pw.DateTimeField(null=True)
        result_at = pw.DateTimeField(null=True)
        paused_at = pw.DateTimeField(null=True)
        paused_minutes = pw.IntegerField(default=0)
        outcome = pw.CharField(max_length=20, default="")
        corrective_action = pw.TextField(default="")
        apology = pw.BooleanField(default=False)
        compensation = pw.TextField(default="")
        explanation = pw.TextField(default="")
        beyond_order = pw.BooleanField(default=False)
        approval = pw.CharField(max_length=12, default="")
        approval_request = pw.TextField(default="")
        approved_by = pw.ForeignKeyField(Staff, null=True, backref="+")
        approved_at = pw.DateTimeField(null=True)
        customer_response = pw.TextField(default="")
        closed_at = pw.DateTimeField(null=True)
        version = pw.IntegerField(default=1)

    class ComplaintLog(Base):
        complaint = pw.ForeignKeyField(Complaint, backref="+", on_delete="CASCADE")
        at = pw.DateTimeField()
        staff = pw.ForeignKeyField(Staff, null=True, backref="+")
        action = pw.CharField(max_length=30)
        text = pw.TextField(default="")
        customer_told = pw.BooleanField(default=False)

    class ComplaintMiss(Base):
        complaint = pw.ForeignKeyField(Complaint, backref="+", on_delete="CASCADE")
        kind = pw.CharField(max_length=20)
        due_at = pw.DateTimeField()
        failed_by = pw.ForeignKeyField(Staff, null=True, backref="+")
        recorded_at = pw.DateTimeField()

        class Meta:
            indexes = ((("complaint", "kind", "due_at"), True),)

    db.create_tables([ComplaintCategory, ComplaintCause, Complaint, ComplaintLog, ComplaintMiss], safe=False)
    db.execute_sql("CREATE INDEX complaint_status_next_due ON complaint (status, next_due)")
    db.execute_sql("CREATE INDEX complaint_holder_status ON complaint (holder_id, status)")
    db.execute_sql("CREATE INDEX complaint_category_received ON complaint (category_id, received_at)")
    db.execute_sql("CREATE INDEX complaint_miss_due ON complaint_miss (due_at)")
    for i, (name, handling) in enumerate(CATEGORIES):
        ComplaintCategory.create(name=name, handling=handling, sort_order=i)
    for i, name in enumerate(CAUSES):
        ComplaintCause.create(name=name, sort_order=i)
