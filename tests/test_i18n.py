"""The Chinese UI is complete and the compiled .qm files match their .ts sources."""

from app.core import i18n_tool


def test_every_string_has_a_chinese_translation():
    missing = i18n_tool.missing()
    assert not missing, "untranslated (run app.core.i18n_tool update/fill/release):\n" + "\n".join(
        f"  [{c}] {s}" for c, s in missing[:40])


def test_qm_files_in_sync(tmp_path):
    built = i18n_tool.release(out_dir=tmp_path)
    assert built, "no .ts files"
    for qm in built:
        shipped = i18n_tool.I18N / qm.name
        assert shipped.exists(), f"{qm.name} not built: run uv run python -m app.core.i18n_tool release"
        assert shipped.read_bytes() == qm.read_bytes(), f"{qm.name} out of date: run app.core.i18n_tool release"

