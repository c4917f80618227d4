"""Packages with their contents, the order's money, and the selection session (选片).

At a selection visit the seller records the photos included in the package, the photos the couple chose,
the extra photos offered and the couple's answer — accepted or declined, once: a declined offer is recorded
as declined and there is no second offer — the amount added to the order, and notes. The couple signs the
printed 选片单 (``app.aftercare.sheets``); a signed selection is never edited.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.aftercare.models import OrderAccount, Package, PackageProduct, Payment, Selection
from app.aftercare.money import parse_fen
from app.checkin.models import Couple, Visit
from app.core.audit import record, snapshot
from app.core.context import AppContext
from app.core.db import db
from app.core.errors import Conflict, NotFound, ValidationError
from app.core.i18n import translate
from app.core.validation import ascii_digits, clean_text, name_error, text_error
from app.staff.models import Staff

DECISIONS = ("", "accepted", "declined")
PHOTOS_MAX = 10_000


def decision_label(decision: str) -> str:
    return {"": translate("Aftercare", "No extras offered"), "accepted": translate("Aftercare", "Accepted"),
            "declined": translate("Aftercare", "Declined")}.get(decision, decision)


# ------------------------------------------------------------------------------------- packages

@dataclass(frozen=True)
class ProductLine:
    name: str
    quantity: int


@dataclass(frozen=True)
class PackageView:
    id: int
    name: str
    photos_included: int
    extra_photo_fen: int
    price_fen: int
    products: tuple[ProductLine, ...]
    active: bool = True


def _package_view(p: Package) -> PackageView:
    products = tuple(ProductLine(x.name, x.quantity) for x in
                     PackageProduct.select().where(PackageProduct.package == p.id)
                     .order_by(PackageProduct.position, PackageProduct.id))
    return PackageView(id=p.id, name=p.name, photos_included=p.photos_included, extra_photo_fen=p.extra_photo_fen,
                       price_fen=p.price_fen, products=products, active=p.active)


def packages(include_inactive: bool = False) -> list[PackageView]:
    q = Package.select().order_by(Package.name)
    if not include_inactive:
        q = q.where(Package.active)
    return [_package_view(p) for p in q]


QUANTITY_RE = re.compile(r"^(.*?)\s*[×xX*＊]\s*(\d{1,4})$")


def product_lines(text: str) -> list[tuple[str, int]]:
    """The products typed one per line, ``相册 30P × 1`` or ``放大照 ×2`` (no count: 1); empty lines left out.
    Counts are checked by :func:`save_package`."""
    lines: list[tuple[str, int]] = []
    for raw in (text or "").splitlines():
        line = clean_text(raw)
        if not line:
            continue
        m = QUANTITY_RE.match(ascii_digits(line))
        lines.append((m.group(1).strip(), int(m.group(2))) if m and m.group(1).strip() else (line, 1))
    return lines


def product_text(products: Sequence[ProductLine]) -> str:
    return "\n".join(f"{p.name} × {p.quantity}" for p in products)


def _count_error(value: object, low: int = 0, high: int = PHOTOS_MAX) -> str | None:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        return translate("Aftercare", "A whole number from {low} to {high}.").format(low=low, high=high)
    return None


def save_package(ctx: AppContext, staff_id: int | None, pin: str | None, name: str, photos_included: int,
                 extra_photo_price: str | int, price: str | int, products: Sequence[tuple[str, int]],
                 package_id: int | None = None, active: bool = True) -> PackageView:
    """A supervisor adds or changes a package: photos included, price per extra photo, its products; a
    package no longer sold is switched off (``active=False``): orders that have it keep it."""
    from app.staff.service import acting, authenticate_supervisor

    errors: dict[str, str] = {}
    if err := name_error(name, max_len=80):
        errors["name"] = err
    if err := _count_error(photos_included):
        errors["photos_included"] = err
    extra_fen, err = parse_fen(extra_photo_price)
    if err:
        errors["extra_photo_price"] = err
    price_fen, err = parse_fen(price)
    if err:
        errors["price"] = err
    lines: list[tuple[str, int]] = []
    for pname, qty in products:
        if not clean_text(pname):
            continue
        if (err := name_error(pname, max_len=80)) or (err := _count_error(qty, 1, 999)):
            errors["products"] = f"{clean_text(pname)}: {err}"
            break
        lines.append((clean_text(pname), qty))
    if "name" not in errors:
        same = Package.get_or_none(Package.name == clean_text(name))
        if same is not None and same.id != package_id:
            errors["name"] = translate("Aftercare", "There is already a package of this name.")
    if errors:
        raise ValidationError(errors)
    member = authenticate_supervisor(ctx, staff_id, pin)
    return store_package(acting(ctx, member), clean_text(name), photos_included, extra_fen, price_fen, lines,
                         package_id, active)


def store_package(actx: AppContext, name: str, photos_included: int, extra_fen: int, price_fen: int,
                  lines: Sequence[tuple[str, int]], package_id: int | None = None,
                  active: bool = True) -> PackageView:
    """Write a package already checked (by :func:`save_package`, or the demo's own list)."""
    with db.atomic():
        if package_id is None:
            p = Package.create(name=name, photos_included=photos_included, extra_photo_fen=extra_fen,
                               price_fen=price_fen, active=active)
            before = None
        else:
            p = Package.get_or_none(Package.id == package_id)
            if p is None:
                raise NotFound(translate("Aftercare", "No package #{id}.").format(id=package_id))
            before = {**snapshot(p), "products": [[x.name, x.quantity] for x in _package_view(p).products]}
            p.name, p.photos_included, p.extra_photo_fen, p.price_fen = (name, photos_included,
                                                                         extra_fen, price_fen)
            p.active = active
            p.save()
            PackageProduct.delete().where(PackageProduct.package == p.id).execute()
        for i, (pname, qty) in enumerate(lines):
            PackageProduct.create(package=p, position=i, name=pname, quantity=qty)
        record(actx, "package.save", p, before=before,
               after={**snapshot(p), "products": [[n, q] for n, q in lines]})
    return _package_view(p)


# ------------------------------------------------------------------------------ order's money

@dataclass(frozen=True)
class Balance:
    total_fen: int  # the package's price as sold
    extras_fen: int  # added at selection
    deposit_fen: int
    paid_fen: int  # collected since (pickup, …)

    @property
    def due_fen(self) -> int:
        return self.total_fen + self.extras_fen - self.deposit_fen - self.paid_fen


def _account(couple_id: int) -> OrderAccount | None:
    return OrderAccount.get_or_none(OrderAccount.couple == couple_id)


def set_order(ctx: AppContext, couple_id: int, package_id: int | None, total: str | int,
              deposit: str | int) -> Balance:
    """Record the order's package, total and deposit (at booking)."""
    errors: dict[str, str] = {}
    if Couple.get_or_none(Couple.id == couple_id) is None:
        raise NotFound(translate("Aftercare", "No couple #{id}.").format(id=couple_id))
    if package_id is not None and Package.get_or_none(Package.id == package_id) is None:
        errors["package"] = translate("Aftercare", "No package #{id}.").format(id=package_id)
    total_fen, err = parse_fen(total)
    if err:
        errors["total"] = err
    deposit_fen, err = parse_fen(deposit)
    if err:
        errors["deposit"] = err
    if not errors and deposit_fen > total_fen:
        errors["deposit"] = translate("Aftercare", "The deposit cannot be more than the total.")
    if errors:
        raise ValidationError(errors)
    with db.atomic():
        acc = _account(couple_id)
        before = snapshot(acc)
        if acc is None:
            acc = OrderAccount.create(couple=couple_id, package=package_id, total_fen=total_fen,
                                      deposit_fen=deposit_fen, updated_at=ctx.now())
        else:
            acc.package, acc.total_fen, acc.deposit_fen = package_id, total_fen, deposit_fen
            acc.updated_at = ctx.now()
            acc.version += 1
            acc.save()
        record(ctx, "order.money", acc, before=before)
    return balance(couple_id)


def balance(couple_id: int) -> Balance:
    acc = _account(couple_id)
    extras = sum(s.amount_fen for s in Selection.select(Selection.amount_fen)
                 .where((Selection.couple == couple_id) & (Selection.status == "signed")))
    paid = sum(p.amount_fen for p in Payment.select(Payment.amount_fen).where(Payment.couple == couple_id))
    return Balance(total_fen=acc.total_fen if acc else 0, extras_fen=extras,
                   deposit_fen=acc.deposit_fen if acc else 0, paid_fen=paid)


def order_package(couple_id: int) -> PackageView | None:
    """The package of the order: the one recorded on its money, else the one named on the couple."""
    acc = _account(couple_id)
    if acc is not None and acc.package_id is not None:
        return _package_view(Package.get_by_id(acc.package_id))
    c = Couple.get_or_none(Couple.id == couple_id)
    p = Package.get_or_none(Package.name == c.package) if c is not None and c.package else None
    return _package_view(p) if p is not None else None


# ------------------------------------------------------------------------------------ selection

@dataclass(frozen=True)
class SelectionView:
    id: int
    couple_id: int
    order_no: str
    couple_names: str
    package: str
    seller_id: int | None
    seller: str
    photos_included: int
    photos_chosen: int
    extras_offered: int
    extras_decision: str
    extras_accepted: int
    extra_photo_fen: int
    amount_fen: int
    notes: str
    status: str
    started_at: dt.datetime
    signed_at: dt.datetime | None
    version: int

    @property
    def over(self) -> int:
        return max(self.photos_chosen - self.photos_included, 0)


def _view(s: Selection) -> SelectionView:
    c = Couple.get_by_id(s.couple_id)
    pkg = order_package(c.id)
    seller = Staff.get_or_none(Staff.id == s.seller_id) if s.seller_id else None
    return SelectionView(id=s.id, couple_id=c.id, order_no=c.order_no, couple_names=c.names,
                         package=pkg.name if pkg else c.package, seller_id=s.seller_id,
                         seller=seller.name if seller else "", photos_included=s.photos_included,
                         photos_chosen=s.photos_chosen, extras_offered=s.extras_offered,
                         extras_decision=s.extras_decision, extras_accepted=s.extras_accepted,
                         extra_photo_fen=pkg.extra_photo_fen if pkg else 0, amount_fen=s.amount_fen, notes=s.notes,
                         status=s.status, started_at=s.started_at, signed_at=s.signed_at, version=s.version)


def start_selection(ctx: AppContext, couple_id: int, visit_id: int | None = None,
                    seller_id: int | None = None) -> SelectionView:
    """Open the couple's selection session (the one already open is returned as it is)."""
    if Couple.get_or_none(Couple.id == couple_id) is None:
        raise NotFound(translate("Aftercare", "No couple #{id}.").format(id=couple_id))
    pkg = order_package(couple_id)
    with db.atomic():
        open_one = Selection.get_or_none((Selection.couple == couple_id) & (Selection.status == "open"))
        if open_one is not None:
            return _view(open_one)
        visit = Visit.get_or_none(Visit.id == visit_id) if visit_id else None
        s = Selection.create(couple=couple_id, visit=visit, seller=seller_id or ctx.operator_id,
                             photos_included=pkg.photos_included if pkg else 0, started_at=ctx.now(),
                             updated_at=ctx.now())
        record(ctx, "selection.start", s)
    return _view(s)


def selection_of(couple_id: int) -> SelectionView | None:
    """The couple's latest selection session (open or signed), or None."""
    s = (Selection.select().where(Selection.couple == couple_id)
         .order_by(Selection.started_at.desc(), Selection.id.desc()).first())
    return _view(s) if s is not None else None


def get_selection(selection_id: int) -> SelectionView:
    s = Selection.get_or_none(Selection.id == selection_id)
    if s is None:
        raise NotFound(translate("Aftercare", "No selection #{id}.").format(id=selection_id))
    return _view(s)


def selection_errors(photos_included: object, photos_chosen: object, extras_offered: object, decision: str,
                     amount_fen: int | None) -> dict[str, str]:
    """The rules of a selection's counts (pure): keys photos_included, photos_chosen, extras_offered,
    decision, amount."""
    errors: dict[str, str] = {}
    for key, value in (("photos_included", photos_included), ("photos_chosen", photos_chosen),
                       ("extras_offered", extras_offered)):
        if err := _count_error(value):
            errors[key] = err
    if decision not in DECISIONS:
        errors["decision"] = translate("Aftercare", "Accepted or declined?")
    if errors:
        return errors
    assert isinstance(photos_included, int) and isinstance(photos_chosen, int) and isinstance(extras_offered, int)
    over = photos_chosen - photos_included
    if decision == "":
        if extras_offered:
            errors["decision"] = translate("Aftercare", "Extras were offered: record whether the couple accepted "
                                                        "or declined them.")
        if over > 0:
            errors["photos_chosen"] = translate(
                "Aftercare", "{n} more than the package includes, but no extras recorded: record the extras "
                             "offered and accepted, or choose fewer.").format(n=over)
        if amount_fen:
            errors["amount"] = translate("Aftercare", "No extras: nothing is added to the order.")
    elif decision == "declined":
        if not extras_offered:
            errors["extras_offered"] = translate("Aftercare", "How many extra photos were offered?")
        if over > 0:
            errors["photos_chosen"] = translate(
                "Aftercare", "The extras were declined: at most {n} photos (the package), {over} too many.").format(
                n=photos_included, over=over)
        if amount_fen:
            errors["amount"] = translate("Aftercare", "The extras were declined: nothing is added to the order.")
    else:  # accepted
        if over <= 0:
            errors["photos_chosen"] = translate("Aftercare", "Accepted extras: the couple chose no photo beyond "
                                                             "the {n} included.").format(n=photos_included)
        elif extras_offered < over:
            errors["extras_offered"] = translate("Aftercare", "{n} extra photos accepted: at least {n} were "
                                                              "offered.").format(n=over)
    return errors


def save_selection(ctx: AppContext, selection_id: int, photos_chosen: int, extras_offered: int, decision: str,
                   amount: str | int | None = None, notes: str = "", photos_included: int | None = None,
                   seller_id: int | None = None, expected_version: int | None = None) -> SelectionView:
    """Record the session's counts and the couple's answer to the extras offered. ``amount`` empty with
    accepted extras: the extras × the package's price per extra photo."""
    current = get_selection(selection_id)
    included = current.photos_included if photos_included is None else photos_included
    amount_fen: int | None
    amount_err = None
    if amount is None or (isinstance(amount, str) and not amount.strip()):
        amount_fen = None
    else:
        amount_fen, amount_err = parse_fen(amount)
    errors = selection_errors(included, photos_chosen, extras_offered, decision, amount_fen or 0)
    if amount_err:
        errors["amount"] = amount_err
    if err := text_error(notes):
        errors["notes"] = err
    if seller_id is not None and Staff.get_or_none(Staff.id == seller_id) is None:
        errors["seller"] = translate("Aftercare", "No staff member #{id}.").format(id=seller_id)
    if errors:
        raise ValidationError(errors)
    accepted = photos_chosen - included if decision == "accepted" else 0
    if amount_fen is None:
        amount_fen = accepted * current.extra_photo_fen
    with db.atomic():
        s = Selection.get_by_id(selection_id)
        if s.status != "open":
            raise Conflict(translate("Aftercare", "This selection is signed: it is no longer changed."))
        if expected_version is not None and s.version != expected_version:
            raise Conflict(translate("Aftercare", "Someone else changed this selection a moment ago; "
                                                  "reopen it."))
        before = snapshot(s)
        s.photos_included, s.photos_chosen, s.extras_offered = included, photos_chosen, extras_offered
        s.extras_decision, s.extras_accepted, s.amount_fen = decision, accepted, amount_fen
        s.notes = clean_text(notes)
        if seller_id is not None:
            s.seller = seller_id
        s.updated_at = ctx.now()
        s.version += 1
        s.save()
        record(ctx, "selection.save", s, before=before)
    return _view(s)


def sign_selection(ctx: AppContext, selection_id: int) -> SelectionView:
    """The couple has signed the printed 选片单: the session is closed and its amount joins the balance."""
    with db.atomic():
        s = Selection.get_or_none(Selection.id == selection_id)
        if s is None:
            raise NotFound(translate("Aftercare", "No selection #{id}.").format(id=selection_id))
        if s.status != "open":
            raise Conflict(translate("Aftercare", "This selection is signed: it is no longer changed."))
        errors = selection_errors(s.photos_included, s.photos_chosen, s.extras_offered, s.extras_decision,
                                  s.amount_fen)
        if not s.photos_chosen:
            errors["photos_chosen"] = translate("Aftercare", "No photo chosen yet.")
        if errors:
            raise ValidationError(errors)
        before = snapshot(s)
        s.status = "signed"
        s.signed_at = ctx.now()
        s.version += 1
        s.save()
        record(ctx, "selection.sign", s, before=before)
        # The retouchers work on the photos chosen: post-production is due from today, longer with extras.
        from app.flow.postproduction import due_dates_from_selection

        due_dates_from_selection(ctx, s.couple_id, ctx.today(), s.extras_accepted)
    return _view(s)


def record_selection(ctx: AppContext, couple_id: int, photos_chosen: int, extras_offered: int, decision: str,
                     amount: str | int | None = None, notes: str = "", photos_included: int | None = None,
                     seller_id: int | None = None, visit_id: int | None = None,
                     expected_version: int | None = None, signed: bool = False) -> SelectionView:
    """The selection form at the counter, in one transaction: open the couple's session if none is open,
    record its counts and the answer (:func:`save_selection`) and, when the couple has signed the printed
    sheet, close it (:func:`sign_selection`). Bad input raises ValidationError and leaves nothing behind (not
    even an empty session)."""
    with db.atomic():
        s = start_selection(ctx, couple_id, visit_id, seller_id)
        s = save_selection(ctx, s.id, photos_chosen, extras_offered, decision, amount, notes, photos_included,
                           seller_id, expected_version)
        if signed:
            s = sign_selection(ctx, s.id)
    return s
