# The packet with documents: exporting it (intake, documents) and opening it (packet); file sizes.

file-size-kb = { $size } KB
file-size-mb = { $size } MB
file-size-gb = { $size } GB
archive-heading = Packet with documents
archive-help = One zip file with the packet and every file kept with your checklist, each with its SHA-256 so the coordinator can check that nothing changed on the way. With a passphrase, the zip is encrypted (age format).
archive-passphrase = Passphrase (optional)
archive-summary = { $count ->
    [one] One file ({ $size }) from your checklist goes with it.
   *[other] { $count } files ({ $size }) from your checklist go with it.
}
archive-documents-unreadable = This browser does not let the app read the files kept on this device ({ $reason }), so none can go with this packet. Open the planner in a normal (not private) window to send them.
archive-download = Download with the documents (zip)
archive-working = Making the packet with documents…
archive-packing = Packing { $done } of { $whole }…
archive-opening = Opening and checking { $done } of { $whole }…
archive-done = { $count ->
    [one] Saved as { $file }, with one file.
   *[other] Saved as { $file }, with { $count } files.
}
archive-left-out = Left out, because this device no longer has them: { $names }.
archive-changed = The packet was not made: “{ $name }” is not the file it was when you added it (the browser lost or damaged it). Add it again, then export.
archive-browser-failed = The browser could not make or read the packet with documents ({ $reason }).
archive-not-zip = This file is not a packet with documents, or it was cut short. Ask for it to be sent again.
archive-too-large = This archive is larger than a packet with documents can be, or unpacks to more than that. It was not opened.
archive-unsafe-name = This archive was not opened: the entry “{ $name }” has a name that could write outside its folder or hides characters.
archive-bomb = This archive was not opened: “{ $name }” unpacks to far more than it holds, as a harmful archive (a “zip bomb”) does.
archive-duplicate = This archive was not opened: “{ $name }” is in it twice.
archive-damaged = This archive was not opened: “{ $name }” is damaged. Ask for it to be sent again.
archive-hash-mismatch = This archive was not opened: “{ $name }” does not match the SHA-256 in its manifest, so it changed on the way. Ask for it to be sent again.
archive-file-kind = This archive was not opened: “{ $name }” is not a PDF, JPEG, PNG, HEIC or text file, whatever its name or the archive says, so it could be a web page or a program. Ask for it to be sent again as one of those.
archive-disguised-name = This archive was not opened: the name “{ $name }” hides characters or ends in an extension that is not its kind’s, as names written to mislead do. Ask for it to be sent again.
archive-not-packet = This archive is not a packet with documents from Japan Care Planner ({ $reason }).
archive-sealed-damaged = The encrypted packet is damaged or cut short and cannot be opened. Ask for it to be sent again.
archive-sealed-too-much-work = This encrypted file asks for more memory to open than a browser can give. Ask for it to be encrypted again with this app.
archive-sealed-other = This encrypted file is not protected with a passphrase this app can use.
archive-keep-no-room = The documents were not kept: they take { $size }, and only { $left } of room is left on this device. Nothing was saved.
archive-keep-too-many = The documents were not kept: this device already keeps as many files as it can. Nothing was saved.
archive-keep-no-storage = The documents were not kept: this browser does not let the app keep files on this device ({ $reason }), for example in a private window. Nothing was saved: keep the archive you received.
archive-keep-kind = The documents were not kept: one of them is not a kind of file the app keeps. Nothing was saved.
