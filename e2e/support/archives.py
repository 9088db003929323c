"""Standard tools outside the browser for the packet archive e2e tests (e2e/documents-files.test.mjs).

  archives.py list ARCHIVE            names, sizes and SHA-256 of each entry (Python zipfile),
                                      after `unzip -t` has tested the archive; JSON on stdout
  archives.py age-decrypt IN OUT PASS decrypts with the `age` command-line tool, typing the
                                      passphrase into its terminal prompt; exit status is age's
  archives.py hostile VALID_ZIP DIR   writes one hostile or damaged archive per case into DIR,
                                      made from a valid packet archive; JSON of the case names
"""
import hashlib
import json
import os
import pty
import subprocess
import sys
import zipfile


def list_archive(path):
    subprocess.run(["unzip", "-tq", path], check=True, capture_output=True)
    with zipfile.ZipFile(path) as archive:
        entries = []
        for info in archive.infolist():
            data = archive.read(info)
            entries.append({
                "name": info.filename,
                "size": len(data),
                "stored": info.compress_type == zipfile.ZIP_STORED,
                "sha256": hashlib.sha256(data).hexdigest(),
            })
    print(json.dumps(entries))


def age_decrypt(source, target, passphrase):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp("age", ["age", "--decrypt", "-o", target, source])
    seen = b""
    while b"passphrase" not in seen.lower():
        chunk = os.read(fd, 1024)
        if not chunk:
            break
        seen += chunk
    os.write(fd, passphrase.encode() + b"\n")
    while True:
        try:
            if not os.read(fd, 1024):
                break
        except OSError:
            break
    _, status = os.waitpid(pid, 0)
    sys.exit(os.waitstatus_to_exitcode(status))


def copy_with(valid, target, change=None, extra=()):
    """The valid archive's entries into `target`, each passed through `change(name, data)`,
    then the `extra` (name, data) entries."""
    with zipfile.ZipFile(valid) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if change:
                data = change(info.filename, data)
            out.writestr(info.filename, data)
        for name, data in extra:
            out.writestr(zipfile.ZipInfo(name), data)


def hostile(valid, folder):
    os.makedirs(folder, exist_ok=True)
    cases = {}

    def case(name, write):
        path = os.path.join(folder, name + ".zip")
        write(path)
        cases[name] = path

    case("dot-dot", lambda p: copy_with(valid, p, extra=[("../../evil.txt", b"x")]))
    case("absolute", lambda p: copy_with(valid, p, extra=[("/etc/cron.d/evil", b"x")]))
    case("control", lambda p: copy_with(valid, p, extra=[("documents/passport/a\x07b.pdf", b"x")]))
    case("duplicate", lambda p: copy_with(valid, p, extra=[("packet.json", b"{}")]))

    def bomb(path):
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
            with zipfile.ZipFile(valid) as source:
                for info in source.infolist():
                    out.writestr(info.filename, source.read(info))
            out.writestr("documents/passport/zeros.txt", b"\0" * (20 * 1024 * 1024))
    case("bomb", bomb)

    def many(path):
        with zipfile.ZipFile(path, "w") as out:
            for index in range(700):
                out.writestr(f"documents/passport/{index}.txt", b"x")
    case("too-many", many)

    def changed(name, data):
        # A stored document with one byte changed: its CRC is recomputed (a tool re-packed
        # it), so only the manifest's SHA-256 can tell.
        if name.startswith("documents/") and name.endswith(".pdf"):
            return data[:-1] + bytes([data[-1] ^ 1])
        return data
    case("hash", lambda p: copy_with(valid, p, change=changed))

    def retyped(path, media_type=None, name=None, body=None):
        # The sender rewrites its first document in both lists, with a size and SHA-256 that
        # match: every check but the app's own reading of the kind passes.
        with zipfile.ZipFile(valid) as source:
            packet = json.loads(source.read("packet.json"))
            manifest = json.loads(source.read("manifest.json"))
            entries = {info.filename: source.read(info) for info in source.infolist()}
        document = manifest["files"][0]
        data = body if body is not None else entries[document["path"]]
        for listed in (packet["documents"][0], document):
            if media_type is not None:
                listed["type"] = media_type
            if name is not None:
                listed["name"] = name
            listed["size"] = len(data)
            listed["sha256"] = hashlib.sha256(data).hexdigest()
        entries["packet.json"] = json.dumps(packet).encode()
        entries["manifest.json"] = json.dumps(manifest).encode()
        entries[document["path"]] = data
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
            for entry, content in entries.items():
                out.writestr(entry, content)

    page = b"<h1 id=owned>x</h1><script>document.title='ran:'+localStorage.length</script>"
    case("html-as-pdf", lambda p: retyped(p, media_type="text/html", body=page))
    case("svg", lambda p: retyped(p, media_type="image/svg+xml", body=b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"))
    case("double-extension", lambda p: retyped(p, name="referral.pdf.exe"))
    case("rlo", lambda p: retyped(p, name="scan\u202efdp.exe"))

    def truncated(path):
        data = open(valid, "rb").read()
        open(path, "wb").write(data[: len(data) // 2])
    case("truncated", truncated)

    print(json.dumps(cases))


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    {"list": list_archive, "age-decrypt": age_decrypt, "hostile": hostile}[command](*args)
