from silang.cli import app

app()
