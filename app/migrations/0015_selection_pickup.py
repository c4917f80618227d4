"""Packages with their products, the order's money, selection sessions (选片), pickups (取件) and payments.
Money in integer fen. Frozen copies: never edit."""

import peewee as pw


def up(migrator, db):
    class Base(pw.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Staff(Base):
        class Meta:
            table_name = "staff"

    class Couple(Base):
        class Meta:
            table_name = "couple"

    class Visit(Base):
        class Meta:
            table_name = "visit"

    class Package(Base):
        """A package (套系) on the supervisor-edited list: photos included, price per extra photo, products."""

        name = pw.CharField(max_length=80, unique=True)
        photos_included = pw.IntegerField(default=0)
        extra_photo_fen = pw.IntegerField(default=0)
        price_fen = pw.IntegerField(default=0)
        active = pw.BooleanField(default=True)


    class PackageProduct(Base):
        """One product the couple receives with a package (album of 30 pages, framed enlargement, USB …)."""

        package = pw.ForeignKeyField(Package, backref="products", on_delete="CASCADE")
        position = pw.IntegerField(default=0)
        name = pw.CharField(max_length=80)
        quantity = pw.IntegerField(default=1)


    class OrderAccount(Base):
        """The money of one order: its package, the total and the deposit paid at booking (fen)."""

        couple = pw.ForeignKeyField(Couple, unique=True, backref="+", on_delete="CASCADE")
        package = pw.ForeignKeyField(Package, null=True, backref="+")
        total_fen = pw.IntegerField(default=0)
        deposit_fen = pw.IntegerField(default=0)
        updated_at = pw.DateTimeField()
        version = pw.IntegerField(default=1)


    class Selection(Base):
        """A selection session (选片): counts, the extras offered and the couple's answer, the amount added."""

        couple = pw.ForeignKeyField(Couple, backref="+", index=True)
        visit = pw.ForeignKeyField(Visit, null=True, backref="+")
        seller = pw.ForeignKeyField(Staff, null=True, backref="+")
        photos_included = pw.IntegerField(default=0)
        photos_chosen = pw.IntegerField(default=0)
        extras_offered = pw.IntegerField(default=0)  # extra photos offered beyond the package
        extras_decision = pw.CharField(max_length=10, default="")  # "" (none offered) / accepted / declined
        extras_accepted = pw.IntegerField(default=0)
        amount_fen = pw.IntegerField(default=0)  # added to the order
        notes = pw.TextField(default="")
        status = pw.CharField(max_length=10, default="open")  # open / signed
        started_at = pw.DateTimeField()
        signed_at = pw.DateTimeField(null=True)
        updated_at = pw.DateTimeField()
        version = pw.IntegerField(default=1)


    class Pickup(Base):
        """A pickup (取件) sign-off: which products were handed over, by whom, when."""

        couple = pw.ForeignKeyField(Couple, backref="+", index=True)
        visit = pw.ForeignKeyField(Visit, null=True, backref="+")
        handed_by = pw.ForeignKeyField(Staff, null=True, backref="+")
        at = pw.DateTimeField()
        follow_up_appointment_id = pw.IntegerField(null=True)  # the appointments area's row
        notes = pw.TextField(default="")


    class PickupItem(Base):
        pickup = pw.ForeignKeyField(Pickup, backref="items", on_delete="CASCADE")
        product = pw.CharField(max_length=80)
        quantity = pw.IntegerField(default=1)
        status = pw.CharField(max_length=10)  # handed / missing
        reason = pw.CharField(max_length=200, default="")
        handed_at = pw.DateTimeField(null=True)


    class Payment(Base):
        """Money collected on an order at the counter (the balance at pickup, …)."""

        couple = pw.ForeignKeyField(Couple, backref="+", index=True)
        amount_fen = pw.IntegerField()
        method = pw.CharField(max_length=12)  # cash / wechat / alipay / card / transfer
        receipt_no = pw.CharField(max_length=40)
        at = pw.DateTimeField()
        received_by = pw.ForeignKeyField(Staff, null=True, backref="+")
        pickup = pw.ForeignKeyField(Pickup, null=True, backref="payments")

    db.create_tables([Package, PackageProduct, OrderAccount, Selection, Pickup, PickupItem, Payment])
