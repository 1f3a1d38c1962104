import json
import shutil

from typer.testing import CliRunner

from commentguard.cli import app

runner = CliRunner()


def test_check_prints_verdict_with_reasons():
    r = runner.invoke(
        app, ["check", "Buy cheap viagra online http://pills.example no prescription"]
    )
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("spam") and "model" in r.stdout


def test_check_json_is_one_object_on_stdout():
    r = runner.invoke(
        app, ["check", "Which variety did you plant?", "--json", "--post-title", "Tomatoes"]
    )
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert data["label"] in ("ham", "unsure", "spam") and isinstance(data["reasons"], list)


def test_check_reads_stdin():
    r = runner.invoke(app, ["check", "-", "--json"], input="Thanks, the pruning tip worked!")
    assert r.exit_code == 0 and json.loads(r.stdout)["label"] == "ham"


def test_check_refuses_an_unverified_model_with_exit_2(tmp_path):
    from commentguard.classifier import default_model_path

    copy = tmp_path / "m.joblib"
    shutil.copy(default_model_path(), copy)  # no card beside it
    r = runner.invoke(app, ["check", "hello", "--model", str(copy)])
    assert r.exit_code == 2 and "card" in r.stderr
    ok = runner.invoke(app, ["check", "hello", "--model", str(copy), "--trust-model"])
    assert ok.exit_code == 0


def test_help_everywhere():
    for cmd in (
        "check",
        "scan",
        "clean",
        "report",
        "train",
        "evaluate",
        "info",
        "feedback",
        "serve",
    ):
        r = runner.invoke(app, [cmd, "--help"])
        assert r.exit_code == 0 and "Usage" in r.stdout, cmd
