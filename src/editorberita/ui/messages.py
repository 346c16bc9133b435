"""Core's messages in the interface language: the window's half of the message rule.

``core`` raises typed messages (``core.messages``: a code and parameters). ``explain`` words
each code here in English inside ``tr()`` (context "CoreMessage"); the Indonesian comes from the
``.ts`` file like every other string of the window, so the English interface is whole and the
Indonesian one reads as the desk wrote it. An error still made from an Indonesian string
(the families ``core.messages`` lists) and a plain detail string (SQLite's own integrity report)
are shown as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from editorberita.core.messages import Message


def _wordings() -> dict[str, str]:
    # Literal translate() calls: pyside6-lupdate reads only these.
    return {
        "os.file": QCoreApplication.translate(
            "CoreMessage", "The file {path} could not be {action}: {reason}."),
        "os.file_in_use": QCoreApplication.translate(
            "CoreMessage", "The file {path} could not be {action}: another program has it open."),
        "os.action.read": QCoreApplication.translate(
            "CoreMessage", "read"),
        "os.action.open": QCoreApplication.translate(
            "CoreMessage", "opened"),
        "os.action.write": QCoreApplication.translate(
            "CoreMessage", "written"),
        "os.action.create": QCoreApplication.translate(
            "CoreMessage", "created"),
        "os.action.use": QCoreApplication.translate(
            "CoreMessage", "used"),
        "os.EACCES.read": QCoreApplication.translate(
            "CoreMessage", "there is no permission to read it"),
        "os.EACCES": QCoreApplication.translate(
            "CoreMessage", "there is no permission to write in that folder"),
        "os.EPERM": QCoreApplication.translate(
            "CoreMessage", "the system refused (no permission, or the file is locked)"),
        "os.EROFS": QCoreApplication.translate(
            "CoreMessage", "the folder is read-only"),
        "os.ENOSPC": QCoreApplication.translate(
            "CoreMessage", "the disk is full"),
        "os.EDQUOT": QCoreApplication.translate(
            "CoreMessage", "the disk quota is used up"),
        "os.ENAMETOOLONG": QCoreApplication.translate(
            "CoreMessage", "the name or path is too long"),
        "os.ENOENT": QCoreApplication.translate(
            "CoreMessage", "the file or folder does not exist"),
        "os.ENOTDIR": QCoreApplication.translate(
            "CoreMessage", "part of the path is not a folder"),
        "os.EISDIR": QCoreApplication.translate(
            "CoreMessage", "it is a folder, not a file"),
        "os.EFBIG": QCoreApplication.translate(
            "CoreMessage", "the file is larger than allowed"),
        "os.EBUSY": QCoreApplication.translate(
            "CoreMessage", "another program is using the file"),
        "os.EIO": QCoreApplication.translate(
            "CoreMessage", "a read or write error on the disk or medium (check the "
                           "cable, card or drive)"),
        "os.ELOOP": QCoreApplication.translate(
            "CoreMessage", "the path has looping or too many symbolic links"),
        "os.EEXIST": QCoreApplication.translate(
            "CoreMessage", "a file with that name already exists"),
        "os.EINVAL": QCoreApplication.translate(
            "CoreMessage", "the name is not valid on this file system"),
        "os.EMFILE": QCoreApplication.translate(
            "CoreMessage", "too many files are open; close some programs and try again"),
        "os.ENOTEMPTY": QCoreApplication.translate(
            "CoreMessage", "the folder is not empty"),
        "os.EXDEV": QCoreApplication.translate(
            "CoreMessage", "it cannot be moved between disks"),
        "os.ETIMEDOUT": QCoreApplication.translate(
            "CoreMessage", "the network folder does not answer"),
        "os.ESTALE": QCoreApplication.translate(
            "CoreMessage", "the network folder was disconnected; open the folder again"),
        "os.ENODEV": QCoreApplication.translate(
            "CoreMessage", "the device is not there (a drive or card removed?)"),
        "os.other": QCoreApplication.translate(
            "CoreMessage", "system error {name}{detail}"),
        "db.locked": QCoreApplication.translate(
            "CoreMessage", "Another program has locked the database {path}. Nothing is "
                           "damaged; try again in a moment."),
        "db.damaged": QCoreApplication.translate(
            "CoreMessage", "The database {path} is damaged ({problem}). Do not write to that "
                           "file again; restore it from a good backup."),
        "db.disk_full": QCoreApplication.translate(
            "CoreMessage", "The disk is full: {path} cannot be written. Free some disk space, "
                           "then try again; nothing is lost."),
        "db.read_only": QCoreApplication.translate(
            "CoreMessage", "The database {path} can only be read (the disk, folder or file "
                           "cannot be written); nothing was changed."),
        "db.io_error": QCoreApplication.translate(
            "CoreMessage", "The database {path} cannot be read or written (disk error: "
                           "{problem})."),
        "db.not_sqlite": QCoreApplication.translate(
            "CoreMessage", "The file {path} is not an SQLite database (its header is "
                           "damaged)."),
        "db.no_migrations": QCoreApplication.translate(
            "CoreMessage", "The database migration scripts were not found in {folder}: the "
                           "EditorBerita installation is incomplete. Install the application "
                           "again; the database was not changed."),
        "db.foreign": QCoreApplication.translate(
            "CoreMessage", "The file {path} is another program's database, not EditorBerita's;"
                           " it was not changed. Choose an EditorBerita database file or a new"
                           " file name."),
        "db.too_new": QCoreApplication.translate(
            "CoreMessage", "The database {path} was made by a newer EditorBerita (schema "
                           "{version}); update the application to open it. The file was not "
                           "changed."),
        "db.is_folder": QCoreApplication.translate(
            "CoreMessage", "{path} is a folder, not a database file."),
        "db.not_opened": QCoreApplication.translate(
            "CoreMessage", "The database {path} could not be opened: {reason}"),
        "db.not_found": QCoreApplication.translate(
            "CoreMessage", "The database {path} was not found."),
        "server.login": QCoreApplication.translate(
            "CoreMessage", "The desk server {where} refused the user name or its password. "
                           "Check both."),
        "server.no_database": QCoreApplication.translate(
            "CoreMessage", "The desk server for {where} has no such database. Check the name, "
                           "or ask the server's administrator to create it (createdb)."),
        "server.no_rights": QCoreApplication.translate(
            "CoreMessage", "The user {where} has no rights to read or change that desk. Ask "
                           "the server's administrator to grant them (GRANT)."),
        "server.disk_full": QCoreApplication.translate(
            "CoreMessage", "The disk of the desk server {where} is full; nothing is lost. Ask "
                           "the server's administrator to free some space, then try again."),
        "server.locked": QCoreApplication.translate(
            "CoreMessage", "The desk {where} is busy (locked by another editor). Nothing is "
                           "damaged; try again in a moment."),
        "server.read_only": QCoreApplication.translate(
            "CoreMessage", "The desk {where} can only be read at the moment; nothing was "
                           "changed."),
        "server.unreachable": QCoreApplication.translate(
            "CoreMessage", "The desk server {where} cannot be reached (the server is off, the "
                           "address or port is wrong, or the network is down). Nothing has "
                           "been lost."),
        "db.invalid_value": QCoreApplication.translate(
            "CoreMessage", "The database {path} holds a value no EditorBerita writes in an "
                           "article (“{value}”); another program may have changed the file. "
                           "Restore it from a backup."),
        "db.old_schema_read_only": QCoreApplication.translate(
            "CoreMessage", "The database {path} uses schema {version}, not {head}; it cannot "
                           "be opened read-only."),
        "db.no_schema_read_only": QCoreApplication.translate(
            "CoreMessage", "The database {path} has no schema, not {head}; it cannot be "
                           "opened read-only."),
        "db.damaged_no_backup": QCoreApplication.translate(
            "CoreMessage", "The database {path} is damaged ({problem}); no good backup was "
                           "made. The old backups are kept."),
        "db.damaged_no_backup_kept": QCoreApplication.translate(
            "CoreMessage", "The database {path} is damaged ({problem}); no good backup was "
                           "made. The old backups are kept. A copy as it is was kept in "
                           "{kept} for technical support."),
        "desk.too_new": QCoreApplication.translate(
            "CoreMessage", "The desk {where} was made by a newer EditorBerita (schema "
                           "{version}); update the application to open it. The desk was not "
                           "changed."),
        "desk.foreign": QCoreApplication.translate(
            "CoreMessage", "The database {where} belongs to another program, not an "
                           "EditorBerita desk; it was not changed. Choose an empty database or"
                           " an EditorBerita desk."),
        "backup.no_database": QCoreApplication.translate(
            "CoreMessage", "The database {path} was not found; nothing was backed up."),
        "backup.target_is_database": QCoreApplication.translate(
            "CoreMessage", "The backup target {path} is the database itself; choose "
                           "another file. Nothing was backed up."),
        "backup.disk_full": QCoreApplication.translate(
            "CoreMessage", "The disk is full: the backup {path} could not be written. Free"
                           " some disk space or choose another target; the database is "
                           "unchanged."),
        "backup.not_made": QCoreApplication.translate(
            "CoreMessage", "The backup was not made. {reason}"),
        "backup.not_made_at": QCoreApplication.translate(
            "CoreMessage", "The backup {path} was not made: {reason}"),
        "backup.file_missing": QCoreApplication.translate(
            "CoreMessage", "The backup file {path} was not found."),
        "backup.file_damaged": QCoreApplication.translate(
            "CoreMessage", "The backup file {path} is damaged: {problem}"),
        "backup.not_ours": QCoreApplication.translate(
            "CoreMessage", "The file {path} is not an EditorBerita database."),
        "backup.busy": QCoreApplication.translate(
            "CoreMessage", "The database {path} is being written (an EditorBerita import "
                           "or export); nothing was restored. Wait until it is done, then "
                           "try again."),
        "backup.restore_failed": QCoreApplication.translate(
            "CoreMessage", "Restoring from {path} failed: {reason}. The old database is "
                           "safe in {kept}."),
        "backup.copy_failed": QCoreApplication.translate(
            "CoreMessage", "The database {path} could not be copied before the restore: "
                           "{reason}. Nothing was changed."),
        "picture.too_many_bytes": QCoreApplication.translate(
            "CoreMessage", "{name} is too large ({size}); the limit is {limit} MB. Make "
                           "the photo smaller first."),
        "picture.empty": QCoreApplication.translate(
            "CoreMessage", "{name} is empty, not a picture."),
        "picture.unknown_type": QCoreApplication.translate(
            "CoreMessage", "{name} is not a JPEG, PNG or WebP picture (its content is not "
                           "recognised as a picture, whatever the file name)."),
        "picture.no_size": QCoreApplication.translate(
            "CoreMessage", "{name} is damaged: its size cannot be read."),
        "picture.too_many_pixels": QCoreApplication.translate(
            "CoreMessage", "{name} is too large: {width} × {height} pixels (the limit is "
                           "{megapixels} megapixels, {side} pixels on the longest side)."),
        "picture.truncated": QCoreApplication.translate(
            "CoreMessage", "{name} is damaged or cut short (the file is incomplete); try "
                           "copying the photo again."),
        "picture.not_reencoded": QCoreApplication.translate(
            "CoreMessage", "{name} could not be saved again ({reason})."),
        "article.not_found": QCoreApplication.translate(
            "CoreMessage", "Article #{id} was not found."),
        "rubric.not_found": QCoreApplication.translate(
            "CoreMessage", "Rubric #{id} was not found."),
        "picture.not_found": QCoreApplication.translate(
            "CoreMessage", "Picture #{id} was not found."),
        "revision.not_found": QCoreApplication.translate(
            "CoreMessage", "Revision #{id} was not found."),
        "rubric.into_itself": QCoreApplication.translate(
            "CoreMessage", "A rubric cannot be moved into itself."),
        "rubric.taken": QCoreApplication.translate(
            "CoreMessage", "The rubric “{name}” already exists there."),
        "rubric.empty_name": QCoreApplication.translate(
            "CoreMessage", "The rubric name cannot be empty."),
        "rubric.name_too_long": QCoreApplication.translate(
            "CoreMessage", "The rubric name is too long ({length} characters; the limit is"
                           " {limit})."),
        "rubric.too_deep": QCoreApplication.translate(
            "CoreMessage", "Rubrics go at most {limit} levels deep; this one would be "
                           "level {depth}."),
        "export.unknown_format": QCoreApplication.translate(
            "CoreMessage", "Unknown export format “{fmt}” (choose: {choices})."),
        "export.not_a_folder": QCoreApplication.translate(
            "CoreMessage", "{path} is not a folder."),
        "export.in_trash": QCoreApplication.translate(
            "CoreMessage", "Article #{id} is in the Trash: restore it first if it is really "
                           "to be exported."),
        "export.failed": QCoreApplication.translate(
            "CoreMessage", "Article #{id} could not be exported: {reason}"),
        "export.not_recorded": QCoreApplication.translate(
            "CoreMessage", "The export {path} was written but not recorded: {reason}"),
        "export.local_address": QCoreApplication.translate(
            "CoreMessage", "Article #{id}: the address {address} is on this computer; the "
                           "export leaves it out."),
        "correction.empty": QCoreApplication.translate(
            "CoreMessage", "The correction cannot be empty: write what was wrong and what is "
                           "right."),
        "correction.too_long": QCoreApplication.translate(
            "CoreMessage", "The correction is too long ({length} characters; the limit is "
                           "{limit})."),
        "check.field.headline": QCoreApplication.translate(
            "CoreMessage", "Headline"),
        "check.field.subheadline": QCoreApplication.translate(
            "CoreMessage", "Sub-headline"),
        "check.field.category_id": QCoreApplication.translate(
            "CoreMessage", "Rubric"),
        "check.field.byline": QCoreApplication.translate(
            "CoreMessage", "Byline"),
        "check.field.initials": QCoreApplication.translate(
            "CoreMessage", "Initials"),
        "check.field.dateline": QCoreApplication.translate(
            "CoreMessage", "Dateline"),
        "check.field.lead": QCoreApplication.translate(
            "CoreMessage", "Summary"),
        "check.field.seo_title": QCoreApplication.translate(
            "CoreMessage", "SEO title"),
        "check.field.seo_description": QCoreApplication.translate(
            "CoreMessage", "SEO description"),
        "check.field.body": QCoreApplication.translate(
            "CoreMessage", "Body"),
        "check.field.kind": QCoreApplication.translate(
            "CoreMessage", "Kind"),
        "check.missing": QCoreApplication.translate(
            "CoreMessage", "{field} is not filled in yet."),
        "check.over_limit": QCoreApplication.translate(
            "CoreMessage", "{field}: {length} characters, over the limit of {limit}."),
        "check.placeholder": QCoreApplication.translate(
            "CoreMessage", "Sample text from the template not replaced yet: {text}"),
        "check.double_space": QCoreApplication.translate(
            "CoreMessage", "Double space: one space is enough."),
        "check.rupiah_apart": QCoreApplication.translate(
            "CoreMessage", "Write “Rp” right before the amount (EYD): Rp50.000."),
        "check.calendar_case": QCoreApplication.translate(
            "CoreMessage", "Day and month names take a capital letter: “{word}”."),
        "check.day_case": QCoreApplication.translate(
            "CoreMessage", "Day names take a capital letter: “{word}”."),
        "check.straight_quote": QCoreApplication.translate(
            "CoreMessage", "Straight quotation mark: use curly ones (“…” or ’)."),
        "check.quote_not_opened": QCoreApplication.translate(
            "CoreMessage", "A quotation mark is closed but never opened."),
        "check.quote_not_closed": QCoreApplication.translate(
            "CoreMessage", "A quotation mark is opened but not closed."),
        "check.joined_lines": QCoreApplication.translate(
            "CoreMessage", "This line runs on from the line above in one paragraph. For a new "
                           "paragraph leave a blank line (Enter); for a line break inside the "
                           "paragraph use Shift+Enter."),
        "check.spelling": QCoreApplication.translate(
            "CoreMessage", "Spelling: “{word}” is not in the dictionary."),
        "check.local_path": QCoreApplication.translate(
            "CoreMessage", "The address {address} is on this computer, not on the internet: "
                           "readers will not see it, so the export leaves it out. Insert the "
                           "photo or link to its published page."),
        "check.advertorial_label": QCoreApplication.translate(
            "CoreMessage", "This article looks like an advertorial, but its kind is not "
                           "Advertorial: the label “{label}” will not be printed in the export."),
        "check.status_without_correction": QCoreApplication.translate(
            "CoreMessage", "The status “Corrected” needs a correction record: add a correction "
                           "that says what was put right."),
        "check.unexplained_change": QCoreApplication.translate(
            "CoreMessage", "The body changed since it was exported, but no correction explains "
                           "it yet: add a correction if the change puts a mistake right."),
        "eyd.cited": QCoreApplication.translate(
            "CoreMessage", "{finding} (EYD V: {url})"),
        "eyd.no_such_date": QCoreApplication.translate(
            "CoreMessage", "The date {date} is not in the calendar."),
        "eyd.wrong_weekday": QCoreApplication.translate(
            "CoreMessage", "The day does not match the date: {date} falls on {right}, not {day}."),
        "eyd.di_apart": QCoreApplication.translate(
            "CoreMessage", "The preposition “di” is written apart: “{words}”."),
        "eyd.ke_apart": QCoreApplication.translate(
            "CoreMessage", "The preposition “ke” is written apart: “{words}”."),
        "eyd.di_joined": QCoreApplication.translate(
            "CoreMessage", "The prefix “di-” is written joined: “{word}”."),
        "eyd.ke_joined": QCoreApplication.translate(
            "CoreMessage", "The prefix “ke-” of an ordinal number is written joined: “{word}”."),
        "eyd.sentence_digits": QCoreApplication.translate(
            "CoreMessage", "Do not start a sentence with digits: write the number in words or "
                           "rearrange the sentence."),
        "eyd.small_number": QCoreApplication.translate(
            "CoreMessage", "Numbers one to nine in running text are written in words: “{word}”."),
        "eyd.thousands_point": QCoreApplication.translate(
            "CoreMessage", "Separate thousands with a point: “{number}”."),
        "eyd.thousands_not_comma": QCoreApplication.translate(
            "CoreMessage", "The thousands separator is a point, not a comma: “{number}”."),
        "eyd.rupiah_case": QCoreApplication.translate(
            "CoreMessage", "The rupiah is abbreviated “Rp” (capital R, small p), right before "
                           "the amount."),
        "eyd.rupiah_dash": QCoreApplication.translate(
            "CoreMessage", "No “,-” after a rupiah amount: write “Rp50.000” or “Rp50.000,00”."),
        "eyd.rupiah_before": QCoreApplication.translate(
            "CoreMessage", "“Rp” goes before the amount: “Rp50.000”, not “50.000 Rp”."),
        "eyd.tapi": QCoreApplication.translate(
            "CoreMessage", "Style hint: formal writing uses “{formal}”, not “{word}”."),
        "site.label": QCoreApplication.translate(
            "CoreMessage", "the site {name}"),
        "site.label_start": QCoreApplication.translate(
            "CoreMessage", "The site {name}"),
        "site.bad_name": QCoreApplication.translate(
            "CoreMessage", "The site name “{name}” cannot be used."),
        "site.bad_address": QCoreApplication.translate(
            "CoreMessage", "The site address “{url}” is not a web address (https://…)."),
        "site.no_user": QCoreApplication.translate(
            "CoreMessage", "The WordPress user name is not filled in yet."),
        "site.local_not_here": QCoreApplication.translate(
            "CoreMessage", "{site} is marked as running on this computer, but its address {host} "
                           "is not this computer (127.0.0.1/localhost)."),
        "site.plain_http": QCoreApplication.translate(
            "CoreMessage", "{site} uses http:// without encryption: the password would be sent "
                           "in the open. Use https://, or mark the site as running on this "
                           "computer if it does."),
        "site.list_unreadable": QCoreApplication.translate(
            "CoreMessage", "The list of sites {path} cannot be read ({reason})."),
        "site.unknown": QCoreApplication.translate(
            "CoreMessage", "The site “{name}” is not known (sites: {known})."),
        "site.none_yet": QCoreApplication.translate(
            "CoreMessage", "none yet; add one under File → Sites…"),
        "site.no_password": QCoreApplication.translate(
            "CoreMessage", "The application password for {site} is not in {where}. Enter it "
                           "under File → Sites…, or set {env}."),
        "site.keyring": QCoreApplication.translate(
            "CoreMessage", "the system keyring"),
        "site.keyring_missing": QCoreApplication.translate(
            "CoreMessage", "the system keyring (there is none on this computer)"),
        "send.not_https": QCoreApplication.translate(
            "CoreMessage", "{site} points to {address}, not https://: the password is not sent "
                           "over an open connection."),
        "send.tls_invalid": QCoreApplication.translate(
            "CoreMessage", "The TLS certificate of {site} is not valid ({detail}); the "
                           "connection was stopped so the password does not leak. Check the site "
                           "address or ask the site's administrator to renew the certificate."),
        "send.tls_failed": QCoreApplication.translate(
            "CoreMessage", "The secure connection (TLS) to {site} failed ({detail})."),
        "send.timeout": QCoreApplication.translate(
            "CoreMessage", "{site} did not answer within {seconds} seconds; the article waits in "
                           "the outbox."),
        "send.unreachable": QCoreApplication.translate(
            "CoreMessage", "{site} cannot be reached ({detail}); the article waits in the outbox "
                           "and is sent when the site answers again."),
        "send.no_rest_api": QCoreApplication.translate(
            "CoreMessage", "No WordPress REST API was found at {url}: the site does not announce "
                           "/wp-json/ and ?rest_route=/ does not answer. The REST API may be "
                           "turned off (a security plugin), or this is not a WordPress site."),
        "send.redirected": QCoreApplication.translate(
            "CoreMessage", "{site} redirects {route} to {target}. Check the site address "
                           "(https://, www) and test again."),
        "send.elsewhere": QCoreApplication.translate(
            "CoreMessage", "another address"),
        "send.site_said": QCoreApplication.translate(
            "CoreMessage", " (the site says: {text})"),
        "send.auth_dropped": QCoreApplication.translate(
            "CoreMessage", "{site} treats this request as if nobody were logged in. First check "
                           "the user name “{user}” and its application password (made under "
                           "Profile → Application Passwords, not the usual login password). If "
                           "both are right, the site's server drops the Authorization header (a "
                           "common problem of Apache with PHP CGI/FastCGI): ask the site's "
                           "administrator to pass it on, for example with “SetEnvIf "
                           "Authorization (.*) HTTP_AUTHORIZATION=$1” in .htaccess.{said}"),
        "send.login_refused": QCoreApplication.translate(
            "CoreMessage", "{site} refuses the user name “{user}” or its application password. "
                           "Check both (the application password is made under Profile → "
                           "Application Passwords, not the usual login password).{said}"),
        "send.forbidden": QCoreApplication.translate(
            "CoreMessage", "The user “{user}” has no right to do this on {site}{said}."),
        "send.no_route": QCoreApplication.translate(
            "CoreMessage", "The REST API of {site} does not answer at {route}: the REST API may "
                           "be turned off (a security plugin) or the site address is wrong.{said}"),
        "send.too_large": QCoreApplication.translate(
            "CoreMessage", "{site} refuses the file as too large (413). Make the picture smaller "
                           "or ask the site's administrator to raise the upload limit.{said}"),
        "send.server_error": QCoreApplication.translate(
            "CoreMessage", "{site} has a problem of its own (error {status}); it is tried again "
                           "later.{said}"),
        "send.refused": QCoreApplication.translate(
            "CoreMessage", "{site} refused the request (error {detail}){said}."),
        "send.unknown_status": QCoreApplication.translate(
            "CoreMessage", "Unknown status “{status}” (choose: {choices})."),
        "send.missing_category": QCoreApplication.translate(
            "CoreMessage", "The rubric “{path}” does not exist on {site} yet (slug “{slug}”), "
                           "and the user “{user}” may not make categories. Ask the site's editor "
                           "to make that category, then send again."),
        "send.cannot_upload": QCoreApplication.translate(
            "CoreMessage", "The user “{user}” may not upload pictures to {site}, and this "
                           "article has pictures. Ask for the Author role or higher, or send it "
                           "without pictures."),
        "send.no_media_id": QCoreApplication.translate(
            "CoreMessage", "{site} did not return a media number for the uploaded picture; try "
                           "sending again."),
        "send.pending_instead": QCoreApplication.translate(
            "CoreMessage", "The user “{user}” may not publish on the site {name}; the article "
                           "was sent for review (pending)."),
        "send.tags_missing": QCoreApplication.translate(
            "CoreMessage", "The tags {tags} do not exist on {site} yet and this user may not "
                           "make them; the article was sent without them."),
        "send.post_gone": QCoreApplication.translate(
            "CoreMessage", "Post #{post} is no longer on the site {name}; the article was sent "
                           "as a new post."),
        "send.wxr_missing_pictures": QCoreApplication.translate(
            "CoreMessage", "“{headline}”: {count} picture(s) ({names}) were never sent to the "
                           "site, so they are left out: the WordPress importer can only fetch "
                           "pictures from web addresses, not from the desk computer. Send that "
                           "article to the site once (Send to site), or upload the pictures "
                           "under Media."),
        "wordlist.binary": QCoreApplication.translate(
            "CoreMessage", "{name} is not a text file (it holds binary data, such as a "
                           "photo or a document)."
                           " Choose a text file with one word a line."),
        "wordlist.not_utf8": QCoreApplication.translate(
            "CoreMessage", "{name} is not UTF-8 text (line {line} cannot be read). Save "
                           "the list as UTF-8 "
                           "again, then import it."),
        "wordlist.too_large": QCoreApplication.translate(
            "CoreMessage", "{name} is too large for a word list ({size}; at most {limit} MB)."),
        "wordlist.not_one_word": QCoreApplication.translate(
            "CoreMessage", "“{word}” cannot be added to the dictionary: one word only, "
                           "at most {limit} "
                           "characters."),
        "wordlist.control_character": QCoreApplication.translate(
            "CoreMessage", "“{word}” cannot be added to the dictionary: it holds a "
                           "control character."),
    }


def worded_codes() -> set[str]:
    """Return the codes the window words itself (a test checks it against the catalogue)."""
    return set(_wordings())


def explain(error: BaseException | Message | str) -> str:
    """Return what to tell the user about ``error``, in the interface language.

    A plain string (a detail no code covers, such as SQLite's own integrity report) is shown
    as it is."""
    if isinstance(error, str):
        return error
    typed = error if isinstance(error, Message) else getattr(error, "message", None)
    if not isinstance(typed, Message):
        return str(error)  # an older error of core: its Indonesian sentence as it is
    return _word(typed, _wordings())


def _word(typed: Message, wordings: dict[str, str]) -> str:
    template = wordings.get(typed.code)
    if template is None:
        return typed.text()
    return template.format_map(
        {key: _word(value, wordings) if isinstance(value, Message)
         else QLocale().toString(value) if isinstance(value, int) and not isinstance(value, bool)
         else value
         for key, value in typed.params.items()})
