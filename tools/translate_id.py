"""Fill resources/i18n/editorberita_id.ts with the desk's Indonesian wording.

Run after ``pyside6-lupdate``: every message whose source is in ``ID`` (optionally per context)
gets its translation; the ones left unfinished are listed so nobody ships English by mistake.
Then compiles the committed ``editorberita_id.qm`` with ``pyside6-lrelease``, so an install
without ``make`` speaks Indonesian too. Usage: ``python tools/translate_id.py [--check]``.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "editorberita_id.ts"

# (context, source) wins over source alone.
BY_CONTEXT: dict[tuple[str, str], str] = {
    ("Status", "Draft"): "Draf",
    ("Status", "In review"): "Disunting",
    ("Status", "Ready"): "Siap tayang",
    ("Status", "Published"): "Tayang",
    ("Status", "Corrected"): "Ralat",
    ("Status", "Withdrawn"): "Ditarik",
    ("SidebarModel", "Ready"): "Siap tayang",
    ("SidebarModel", "In review"): "Disunting",
    ("SidebarModel", "Published"): "Tayang",
    ("SidebarModel", "Articles"): "Artikel",
    ("ExportController", "Export"): "Ekspor",
    ("AppearanceController", "Light"): "Terang",
    ("AppearanceController", "Dark"): "Gelap",
    ("Kind", "News"): "Berita",
    ("Kind", "Press release rewrite"): "Tulis ulang siaran pers",
    ("Kind", "Agenda"): "Agenda",
    ("Kind", "Photo story"): "Cerita foto",
    ("Kind", "Advertorial"): "Advertorial",
    ("Kind", "Right of reply"): "Hak jawab",
    ("MetadataPanel", "Kind"): "Jenis",
    ("CheckController", "Kind"): "Jenis naskah",
    ("ConnectDialog", "Desk name:"): "Nama meja:",
    ("QFileSystemModel", "Kind"): "Jenis",
    ("QFileSystemModel", "Type"): "Jenis",
    ("QFileSystemModel", "Name"): "Nama",
    ("QFileDialog", "&Save"): "&Simpan",
    ("QFileDialog", "&Open"): "&Buka",
    ("QFileDialog", "&Delete"): "&Hapus",
    ("QFileDialog", "&Rename"): "&Ganti nama",
    ("CheckPanel", "fields"): "isian",
    ("CheckPanel", "spelling"): "ejaan",
    ("CheckPanel", "writing"): "penulisan",
    # Qt's own (issue 12): the file dialog's messages and key names (ui/qtstrings.py)
    ("QFileDialog", "%1\nDirectory not found.\nPlease verify the correct directory name was "
                    "given."): "%1\nFolder tidak ditemukan.\nPeriksa lagi nama folder yang "
                               "diketik.",
    ("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."):
        "%1\nBerkas tidak ditemukan.\nPeriksa lagi nama berkas yang diketik.",
    ("QFileDialog", "%1 already exists.\nDo you want to replace it?"):
        "%1 sudah ada.\nTimpa berkas itu?",
    ("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?"):
        "'%1' dilindungi dari penulisan.\nTetap hapus?",
    ("QFileDialog", "Are you sure you want to delete '%1'?"): "Yakin ingin menghapus '%1'?",
    ("QFileDialog", "Could not delete directory."): "Folder tidak dapat dihapus.",
    ("QFileDialog", "Show "): "Tampilkan ",
    ("QFileDialog", "Open"): "Buka",
    ("QFileDialog", "Save As"): "Simpan sebagai",
    ("QFileDialog", "Files"): "Berkas",
    ("QFileDialog", "Sidebar"): "Panel samping",
    ("QFileDialog", "Go back"): "Kembali",
    ("QFileDialog", "Go forward"): "Maju",
    ("QFileDialog", "Go to the parent directory"): "Ke folder induk",
    ("QFileDialog", "Create a New Folder"): "Buat folder baru",
    ("QFileDialog", "Change to list view mode"): "Tampilkan sebagai daftar",
    ("QFileDialog", "Change to detail view mode"): "Tampilkan rincian",
    ("QFileDialog", "List of places and bookmarks"): "Daftar tempat dan penanda",
    ("QFileSystemModel", "Invalid filename"): "Nama berkas tidak sah",
    ("QFileSystemModel", "<b>The name \"%1\" cannot be used.</b><p>Try using another name, "
                         "with fewer characters or no punctuation marks."):
        "<b>Nama \"%1\" tidak bisa dipakai.</b><p>Coba nama lain yang lebih pendek atau "
        "tanpa tanda baca.",
    ("QAbstractFileIconProvider", "Drive"): "Diska",
    ("QAbstractFileIconProvider", "File"): "Berkas",
    ("QShortcut", "Down"): "Panah Bawah",
    ("QShortcut", "Up"): "Panah Atas",
    ("QShortcut", "Left"): "Panah Kiri",
    ("QShortcut", "Right"): "Panah Kanan",
    ("QShortcut", "Space"): "Spasi",
}


def _core_messages() -> dict[tuple[str, str], str]:
    """Core's messages (``core.messages``): the window words each code in English
    (``ui/messages.py``); its Indonesian is the catalogue's own sentence, so the Indonesian
    window reads exactly as the command line does."""
    from editorberita.core.messages import CATALOGUE
    from editorberita.ui.messages import _wordings  # without a translator: the English source

    # The command line's way back to the local desk; the window offers its own (a button).
    cli_only = " Kembali ke meja lokal dengan membuka tanpa --db."
    return {("CoreMessage", english): CATALOGUE[code].replace(cli_only, "")
            for code, english in _wordings().items()}


BY_CONTEXT.update(_core_messages())

ID: dict[str, str] = {
    # article list and sidebar
    "(untitled)": "(tanpa judul)",
    "Uncategorised": "Tanpa rubrik",
    "Headline": "Judul",
    "Status": "Status",
    "Rubric": "Rubrik",
    "Rubrics": "Rubrik",
    "Date": "Tanggal",
    "Search articles…": "Cari artikel…",
    "Newest": "Terbaru",
    "Oldest": "Terlama",
    "A–Z": "A–Z",
    "Sort the list": "Urutkan daftar",
    "%n article(s)": "%n artikel",
    "All articles": "Semua artikel",
    "Drafts": "Draf",
    "Changed since export": "Ekspor usang",
    "Trash": "Sampah",
    "New rubric…": "Rubrik baru…",
    "New sub-rubric…": "Subrubrik baru…",
    "Rename…": "Ganti nama…",
    "Move to…": "Pindahkan ke…",
    "Delete rubric…": "Hapus rubrik…",
    # dialogs
    "The article was changed elsewhere": "Artikel diubah di tempat lain",
    "Someone saved this article in another window or on another computer after you opened it. "
    "Nothing has been overwritten yet. Choose which text to keep.":
        "Seseorang menyimpan artikel ini di jendela atau komputer lain setelah Anda membukanya. "
        "Belum ada yang tertimpa. Pilih naskah mana yang disimpan.",
    "(the article was deleted)": "(artikel sudah dihapus)",
    "My version": "Versi saya",
    "Stored version": "Versi tersimpan",
    "Keep mine as a new revision": "Pakai versi saya sebagai revisi baru",
    "Take theirs": "Pakai versi mereka",
    "Save mine as a copy": "Simpan versi saya sebagai salinan",
    "{count} characters; the limit is {limit}": "{count} karakter; batasnya {limit}",
    "Unexpected error": "Galat tak terduga",
    "Something went wrong: {message}\n\nYour work is saved automatically. If this happens "
    "again, please send the details below to your support desk.":
        "Terjadi kesalahan: {message}\n\nPekerjaan Anda tersimpan otomatis. Bila ini terjadi "
        "lagi, kirimkan rincian di bawah ke bagian dukungan.",
    "Keyboard shortcuts": "Pintasan papan ketik",
    "Menu": "Menu",
    "Action": "Tindakan",
    "Shortcut": "Pintasan",
    # main window
    "The article could not be saved": "Artikel tidak dapat disimpan",
    "&New article": "Artikel &baru",
    "Write a new article in the selected rubric": "Tulis artikel baru di rubrik terpilih",
    "&Save": "&Simpan",
    "Save now and record a revision": "Simpan sekarang dan catat revisi",
    "New &rubric…": "&Rubrik baru…",
    "Rena&me rubric…": "&Ganti nama rubrik…",
    "&Delete rubric…": "&Hapus rubrik…",
    "Move to &Trash": "Buang ke &Sampah",
    "Restore from Trash": "Pulihkan dari Sampah",
    "Empty Trash…": "Kosongkan Sampah…",
    "Export as HTML &page…": "Ekspor sebagai &halaman HTML…",
    "Export as HTML &fragment…": "Ekspor sebagai &potongan HTML…",
    "Export as &Markdown…": "Ekspor sebagai &Markdown…",
    "Export &selected articles…": "Ekspor artikel &terpilih…",
    "Export the whole rubric or &view…": "Ekspor seluruh rubrik atau &tampilan…",
    "&Copy HTML": "&Salin HTML",
    "Copy the article as HTML for the CMS": "Salin artikel sebagai HTML untuk CMS",
    "Open in &browser": "Buka di &peramban",
    "&Quit": "&Keluar",
    "&Find…": "&Cari…",
    "&Replace…": "&Ganti…",
    "&Search articles": "Cari &artikel",
    "Edit &headline": "Sunting &judul",
    "Go to rubrics": "Ke panel rubrik",
    "Go to article list": "Ke daftar artikel",
    "Go to editor": "Ke penyunting",
    "Next article": "Artikel berikutnya",
    "Previous article": "Artikel sebelumnya",
    "Show &preview": "&Pratinjau",
    "The preview could not be made. Your text is saved; the details are in the log.":
        "Pratinjau tidak dapat dibuat. Teks Anda tetap tersimpan; rinciannya ada di log.",
    "Show &more fields": "Kolom &lainnya",
    "&Focus mode": "Mode &fokus",
    "Smart &quotes": "Tanda &kutip cerdas",
    "F&ull screen": "Layar &penuh",
    "&Keyboard shortcuts": "&Pintasan papan ketik",
    "&About EditorBerita": "&Tentang EditorBerita",
    "&File": "&Berkas",
    "E&xport": "E&kspor",
    "&Edit": "&Sunting",
    "F&ormat": "F&ormat",
    "&Rubric": "&Rubrik",
    "&View": "&Tampilan",
    "&Help": "B&antuan",
    "&Appearance": "&Penampilan",
    "Follow the system": "Ikuti sistem",
    "&Language": "&Bahasa",
    "Main toolbar": "Bilah alat utama",
    "Article list": "Daftar artikel",
    "Saved at {time}": "Tersimpan {time}",
    "{headline} (copy)": "{headline} (salinan)",
    "Export to folder": "Ekspor ke folder",
    "HTML page": "Halaman HTML",
    "HTML fragment": "Potongan HTML",
    "Markdown": "Markdown",
    "Format:": "Format:",
    "Exporting articles…": "Mengekspor artikel…",
    "Cancel": "Batal",
    "Export failed": "Ekspor gagal",
    "{done} of {total} articles exported to {folder}":
        "{done} dari {total} artikel diekspor ke {folder}",
    "(cancelled)": "(dibatalkan)",
    "Some articles were not exported": "Beberapa artikel tidak terekspor",
    "Editing…": "Menyunting…",
    "Saved; revision recorded.": "Tersimpan; revisi dicatat.",
    "{words} words · {chars} characters · {minutes} min read":
        "{words} kata · {chars} karakter · {minutes} menit baca",
    "%n article(s) moved to the Trash": "%n artikel dibuang ke Sampah",
    "Empty Trash": "Kosongkan Sampah",
    "Delete %n article(s) in the Trash for good?":
        "Hapus %n artikel di Sampah untuk selamanya?",
    "New rubric": "Rubrik baru",
    "Name:": "Nama:",
    "The rubric was not created": "Rubrik tidak dibuat",
    "Rubrics can be nested at most {depth} levels deep.":
        "Rubrik paling dalam {depth} tingkat.",
    "A rubric name can be at most {count} characters long.":
        "Nama rubrik paling panjang {count} karakter.",
    "Rename rubric": "Ganti nama rubrik",
    "The rubric was not renamed": "Nama rubrik tidak diganti",
    "Delete rubric": "Hapus rubrik",
    "Delete the rubric “{name}”? Its articles and sub-rubrics are kept: they move to "
    "“{parent}”.": "Hapus rubrik “{name}”? Artikel dan subrubriknya tetap ada: semuanya "
    "pindah ke “{parent}”.",
    "(top level)": "(tingkat teratas)",
    "Move rubric": "Pindahkan rubrik",
    "Move under:": "Pindahkan ke bawah:",
    "The rubric was not moved": "Rubrik tidak dipindahkan",
    "The articles were not moved": "Artikel tidak dipindahkan",
    "%n article(s) moved to {rubric}": "%n artikel dipindahkan ke {rubric}",
    "Exported to {path}": "Diekspor ke {path}",
    "HTML copied to the clipboard.": "HTML disalin ke papan klip.",
    "HTML copied to the clipboard, with %n picture(s) inside.":
        "HTML disalin ke papan klip, berikut %n gambar di dalamnya.",
    "Copy HTML failed": "Gagal menyalin HTML",
    # typing (ui/shortcutsdialog.py, shortcuts)
    "Type as in a word processor: Enter starts a new paragraph (the editor writes the blank "
    "line Markdown needs), Shift+Enter breaks the line inside a paragraph. In a list Enter "
    "adds the next item, and Enter on an empty item ends the list; in code and tables Enter "
    "is a plain new line.":
        "Mengetik seperti di pengolah kata: Enter memulai paragraf baru (editor menulis baris "
        "kosong yang dibutuhkan Markdown), Shift+Enter pindah baris di dalam paragraf. Di "
        "daftar, Enter menambah butir berikutnya dan Enter pada butir kosong mengakhiri "
        "daftar; di kode dan tabel Enter hanya baris baru.",
    "Typing": "Mengetik",
    "Enter": "Enter",
    "Shift+Enter": "Shift+Enter",
    "New paragraph": "Paragraf baru",
    "Line break inside a paragraph": "Pindah baris di dalam paragraf",
    "Next list item (on an empty item: end the list)":
        "Butir daftar berikutnya (pada butir kosong: akhiri daftar)",
    "About EditorBerita": "Tentang EditorBerita",
    "EditorBerita {version}\nAn offline article editor for Indonesian news desks.":
        "EditorBerita {version}\nPenyunting artikel luring untuk meja redaksi Indonesia.",
    "An offline article editor for Indonesian news desks.":
        "Penyunting artikel luring untuk meja redaksi Indonesia.",
    "Qt {qt} · PySide6 {pyside} · Python {python}": "Qt {qt} · PySide6 {pyside} · Python {python}",
    "Portable mode: data folder {path}": "Mode portabel: folder data {path}",
    "Data folder: {path}": "Folder data: {path}",
    "EditorBerita is built with the components below. Qt and PySide6 are used under the GNU "
    "LGPL version 3; you may replace them with your own build of the same version.":
        "EditorBerita dibangun dengan komponen di bawah ini. Qt dan PySide6 dipakai di bawah "
        "GNU LGPL versi 3; Anda boleh menggantinya dengan build sendiri dari versi yang sama.",
    "Licence: {license}": "Lisensi: {license}",
    "Copy details": "Salin rincian",
    "Copied": "Tersalin",
    "Language": "Bahasa",
    "The new language is used from the next start.":
        "Bahasa baru dipakai mulai saat aplikasi dibuka lagi.",
    # metadata panel
    "Sub-headline": "Subjudul",
    "Byline": "Penulis",
    "Byline: who wrote the story": "Penulis: siapa yang menulis berita",
    "Initials": "Inisial",
    "Initials printed at the end of the story": "Inisial di akhir berita",
    "More fields": "Lainnya",
    "Slug: the article's address; follows the headline until you edit it":
        "Slug: alamat artikel; mengikuti judul sampai Anda mengubahnya",
    "Fixed": "Kunci",
    "When not fixed, the slug follows the headline":
        "Bila tidak dikunci, slug mengikuti judul",
    "e.g. Samarinda": "mis. Samarinda",
    "Summary in one or two sentences, for search results, social media and the CMS":
        "Ringkasan satu atau dua kalimat, untuk hasil pencarian, media sosial dan CMS",
    "Summary: the page's description for search engines and social media, the excerpt in "
    "a CMS and \"summary\" in Markdown. It is not printed in the story: the lead (teras) is "
    "the body's first paragraph, opened by the dateline.":
        "Ringkasan: deskripsi halaman untuk mesin pencari dan media sosial, cuplikan di CMS "
        "dan \"summary\" di Markdown. Tidak dicetak di berita: teras berita adalah paragraf "
        "pertama isi, dibuka dengan dateline.",
    "Tags, separated by commas": "Tag, dipisah koma",
    "Slug": "Slug",
    "Dateline": "Dateline",
    "Summary": "Ringkasan",
    "Tags": "Tag",
    "SEO title": "Judul SEO",
    "SEO description": "Deskripsi SEO",
    # editor (ui/editor.py)
    "&Bold": "&Tebal",
    "&Italic": "&Miring",
    "&Heading": "&Subjudul isi",
    "&Quote": "&Kutipan",
    "Bulleted &List": "&Daftar berbutir",
    "&Numbered List": "Daftar &bernomor",
    "&Link": "&Tautan",
    "Horizontal &Rule": "&Garis pemisah",
    "link text": "teks tautan",
    # find and replace bar (ui/findreplace.py)
    "Find": "Cari",
    "Replace with": "Ganti dengan",
    "Previous": "Sebelumnya",
    "Next": "Berikutnya",
    "Replace": "Ganti",
    "Replace All": "Ganti semua",
    "Whole word": "Kata utuh",
    "Match case": "Huruf besar/kecil",
    "Regular expression": "Ekspresi reguler",
    "Close (Esc)": "Tutup (Esc)",
    "%n replaced": "%n diganti",
    "Invalid expression: {error}": "Ekspresi tidak sah: {error}",
    "Not found": "Tidak ditemukan",
    "{current} of {total}": "{current} dari {total}",
    "%n match(es)": "%n temuan",
    # Qt's own strings (ui/qtstrings.py)
    "OK": "Oke",
    "Save": "Simpan",
    "Open": "Buka",
    "Close": "Tutup",
    "Apply": "Terapkan",
    "Reset": "Atur ulang",
    "Help": "Bantuan",
    "Discard": "Buang",
    "&Yes": "&Ya",
    "&No": "&Tidak",
    "Abort": "Batalkan",
    "Retry": "Coba lagi",
    "Ignore": "Abaikan",
    "Restore Defaults": "Kembalikan bawaan",
    "&Undo": "&Urungkan",
    "&Redo": "Ula&ngi",
    "Cu&t": "&Potong",
    "&Copy": "&Salin",
    "&Paste": "&Tempel",
    "Delete": "Hapus",
    "Select All": "Pilih semua",
    "Copy &Link Location": "Salin &alamat tautan",
    "Choose": "Pilih",
    # pictures
    "&Insert picture…": "&Sisipkan gambar…",
    "Insert a photo (JPEG, PNG or WebP) at the cursor":
        "Sisipkan foto (JPEG, PNG atau WebP) di posisi kursor",
    "Add &featured picture…": "Tambah &foto utama…",
    "Picture &library…": "&Pustaka gambar…",
    "Reuse a picture stored in this database": "Pakai lagi gambar yang tersimpan di basis data",
    "Keep &original size": "Pertahankan ukuran &asli",
    "Store new pictures without scaling them down": "Simpan gambar baru tanpa diperkecil",
    "&Pictures": "&Gambar",
    "Pictures without alt text": "Gambar tanpa teks alternatif",
    "Export anyway?": "Tetap ekspor?",
    "The picture was not added": "Gambar tidak ditambahkan",
    "The picture was not changed": "Gambar tidak diubah",
    "%n picture(s) inserted; add a caption and credit.":
        "%n gambar disisipkan; isi keterangan foto dan kreditnya.",
    "Pictures (*.jpg *.jpeg *.png *.webp)": "Gambar (*.jpg *.jpeg *.png *.webp)",
    "Insert picture": "Sisipkan gambar",
    "Featured picture": "Foto utama",
    "Picture library": "Pustaka gambar",
    "(no caption)": "(tanpa keterangan)",
    "No pictures in this database yet. Insert one with Pictures › Insert picture, or drop a "
    "photo on the editor.": "Belum ada gambar di basis data ini. Sisipkan lewat Gambar › "
                           "Sisipkan gambar, atau seret foto ke editor.",
    "Insert into article": "Sisipkan ke artikel",
    "Use as featured picture": "Jadikan foto utama",
    "{width} × {height} pixels, {size} KB": "{width} × {height} piksel, {size} KB",
    "and %n more": "dan %n lainnya",
    "Used in: {articles}": "Dipakai di: {articles}",
    "Not used in any article": "Belum dipakai di artikel mana pun",
    "Photo caption: who, what, where": "Keterangan foto: siapa, apa, di mana",
    "e.g. Photo: Diskominfo Kaltim": "mis. Foto: Diskominfo Kaltim",
    "What the picture shows, for screen readers": "Isi gambar, untuk pembaca layar",
    "Show this picture at the top of the article and in link previews (og:image)":
        "Tampilkan gambar ini di atas artikel dan di pratinjau tautan (og:image)",
    "Caption": "Keterangan",
    "Credit": "Kredit",
    "Alt text": "Teks alternatif",
    'Saved with Ctrl+S':
        'Disimpan dengan Ctrl+S',
    'Autosave while typing':
        'Simpan otomatis saat mengetik',
    'Exported':
        'Diekspor',
    'Status changed':
        'Status diubah',
    'Restored from an earlier revision':
        'Dipulihkan dari revisi sebelumnya',
    'Before a restore':
        'Sebelum pemulihan',
    'Conflict: my text kept':
        'Bentrok: teks saya dipertahankan',
    'Conflict: the other text, replaced':
        'Bentrok: teks lain yang ditimpa',
    'Conflict: my text, not taken':
        'Bentrok: teks saya yang tidak dipakai',
    'Imported':
        'Diimpor',
    'Empty rubric':
        'Kosongkan rubrik',
    'The rubric “{name}” has no articles.':
        'Rubrik “{name}” tidak berisi artikel.',
    'Move the %n article(s) of “{name}” and its sub-rubrics to the Trash? They can be restored from the Trash into this rubric.':
        'Pindahkan %n artikel di “{name}” dan subrubriknya ke Sampah? Artikel itu bisa dipulihkan dari Sampah ke rubrik ini.',
    'Revision history: {headline}':
        'Riwayat revisi: {headline}',
    '<span style="{ins}">&nbsp;green&nbsp;</span> added since this revision · <span style="{dele}">&nbsp;red&nbsp;</span> removed since this revision':
        '<span style="{ins}">&nbsp;hijau&nbsp;</span> ditambahkan sejak revisi ini · <span style="{dele}">&nbsp;merah&nbsp;</span> dihapus sejak revisi ini',
    '&Restore this revision':
        '&Pulihkan revisi ini',
    'This article has no revisions yet. One is kept on every Ctrl+S, export and status change, and every 10 minutes while you type.':
        'Artikel ini belum punya revisi. Revisi disimpan setiap Ctrl+S, ekspor dan perubahan status, dan tiap 10 menit saat Anda mengetik.',
    'This revision has the same text as now.':
        'Teks revisi ini sama dengan teks sekarang.',
    'Since this revision: {added} words added, {removed} words removed.':
        'Sejak revisi ini: {added} kata ditambahkan, {removed} kata dihapus.',
    'The revision was not restored':
        'Revisi tidak dipulihkan',
    'Backups':
        'Cadangan',
    'A copy of the database is made every day at start-up (the last 7 days and 4 weeks are kept), before every update of the database format and before every restore. Folder: {folder}':
        'Salinan basis data dibuat setiap hari saat aplikasi dibuka (7 hari dan 4 minggu terakhir disimpan), sebelum setiap pembaruan format basis data dan sebelum setiap pemulihan. Folder: {folder}',
    'Kind':
        'Jenis',
    'Size':
        'Ukuran',
    '&Back up now':
        '&Cadangkan sekarang',
    '&Restore…':
        '&Pulihkan…',
    'Daily':
        'Harian',
    'Manual':
        'Manual',
    'Before a format update':
        'Sebelum pembaruan format',
    'Damaged database (kept for support)':
        'Basis data rusak (disimpan untuk dukungan teknis)',
    'No backup was made':
        'Cadangan tidak dibuat',
    'This backup cannot be restored':
        'Cadangan ini tidak bisa dipulihkan',
    'Restore backup':
        'Pulihkan cadangan',
    'Replace the database with the backup of {date}? The database as it is now is backed up first, so this can be undone from this list.':
        'Ganti basis data dengan cadangan {date}? Basis data yang sekarang dicadangkan dulu, jadi langkah ini bisa dibatalkan dari daftar ini.',
    'The database is damaged':
        'Basis data rusak',
    'The database {path} is damaged, so EditorBerita will not write to it: that could make things worse. Nothing has been deleted.':
        'Basis data {path} rusak, jadi EditorBerita tidak akan menulis ke dalamnya karena bisa memperparah kerusakan. Tidak ada yang dihapus.',
    'The newest good backup is from {date}. Open it read-only first to check that it holds your work; you can then restore it. The damaged file is kept in the backups folder.':
        'Cadangan baik terbaru dibuat {date}. Buka dulu dalam mode hanya-baca untuk memeriksa isinya; sesudah itu Anda bisa memulihkannya. Berkas yang rusak tetap disimpan di folder cadangan.',
    'No good backup was found. Keep the file and ask your support desk for help.':
        'Tidak ada cadangan yang baik. Simpan berkas ini dan minta bantuan bagian dukungan teknis.',
    'Open the backup (read-only)':
        'Buka cadangan (hanya-baca)',
    'Quit':
        'Keluar',
    'What SQLite reported:':
        'Laporan SQLite:',
    'Export finished':
        'Ekspor selesai',
    'Export finished with problems':
        'Ekspor selesai dengan masalah',
    '{done} of {total} articles exported to {folder}.':
        '{done} dari {total} artikel diekspor ke {folder}.',
    'The export was cancelled.':
        'Ekspor dibatalkan.',
    '%n article(s) were not exported; no partial file was left behind. The reasons:':
        '%n artikel tidak diekspor; tidak ada berkas setengah jadi yang tertinggal. Alasannya:',
    "Another EditorBerita (process {pid}) already has this database open. This window is read-only, so that neither overwrites the other's work. Close the other window and start EditorBerita again to edit.":
        'EditorBerita lain (proses {pid}) sudah membuka basis data ini. Jendela ini hanya-baca agar tidak ada tulisan yang saling menimpa. Tutup jendela yang lain, lalu buka EditorBerita lagi untuk menyunting.',
    'The database is in use':
        'Basis data sedang dipakai',
    'The database {path} is locked by another program (for example a backup, sync or database tool). Nothing is damaged and nothing was changed. Close that program or wait until it is done, then try again.':
        'Basis data {path} sedang dikunci oleh program lain (misalnya program cadangan, sinkronisasi atau basis data). Tidak ada yang rusak dan tidak ada yang diubah. Tutup program itu atau tunggu sampai selesai, lalu coba lagi.',
    'Try again':
        'Coba lagi',
    'The disk holding {path} is full, so this window is read-only: nothing has been lost. Free some disk space and start EditorBerita again to edit.':
        'Disk tempat {path} penuh, jadi jendela ini hanya-baca: tidak ada yang hilang. Kosongkan sebagian ruang disk, lalu buka EditorBerita lagi untuk menyunting.',
    'The database {path} is on a disk or in a folder that cannot be written, so this window is read-only: you can read, search and copy. Copy the database to a writable folder to edit it.':
        'Basis data {path} ada di disk atau folder yang tidak bisa ditulis, jadi jendela ini hanya-baca: Anda bisa membaca, mencari dan menyalin. Salin basis data ke folder yang bisa ditulis untuk menyuntingnya.',
    'Preview of the backup of {date} (read-only). Check that it holds your work, then restore it.':
        'Pratinjau cadangan {date} (hanya-baca). Periksa apakah tulisan Anda ada di sini, lalu pulihkan.',
    'Restore this backup':
        'Pulihkan cadangan ini',
    'Daily backup made: {name}':
        'Cadangan harian dibuat: {name}',
    'Replace the database with this backup? The database as it is now is copied to the backups folder first.':
        'Ganti basis data dengan cadangan ini? Basis data yang sekarang disalin dulu ke folder cadangan.',
    'Another EditorBerita has the database open; close it first.':
        'EditorBerita lain sedang membuka basis data ini; tutup dulu.',
    'Backup restored. The database as it was before is kept in {path}.':
        'Cadangan dipulihkan. Basis data sebelumnya disimpan di {path}.',
    "Move the rubric's articles to the &Trash…":
        'Pindahkan artikel rubrik ke &Sampah…',
    'Revision &history…':
        '&Riwayat revisi…',
    'Earlier versions of this article: compare and restore':
        'Versi lama artikel ini: bandingkan dan pulihkan',
    '&Backups…':
        '&Cadangan…',
    'Revision restored; the text before it is kept in the history.':
        'Revisi dipulihkan; teks sebelumnya tetap tersimpan di riwayat.',
    "&Choose": "&Pilih",
    "&Look in:": "&Cari di:",
    "File &name:": "&Nama berkas:",
    "Files of &type:": "&Jenis berkas:",
    "Directory:": "Folder:",
    "Find Directory": "Cari folder",
    "All Files (*)": "Semua berkas (*)",
    "Directories": "Folder",
    "Back": "Kembali",
    "Forward": "Maju",
    "Parent Directory": "Folder induk",
    "Create New Folder": "Buat folder baru",
    "List View": "Tampilan daftar",
    "Detail View": "Tampilan rinci",
    "Show &hidden files": "Tampilkan berkas &tersembunyi",
    "&New Folder": "Folder &baru",
    "New Folder": "Folder baru",
    "Show Size": "Tampilkan ukuran",
    "Show Type": "Tampilkan jenis",
    "Show Date Modified": "Tampilkan tanggal diubah",
    "Recent Places": "Tempat terakhir",
    "Date Modified": "Tanggal diubah",
    "My Computer": "Komputer saya",
    "Computer": "Komputer",
    "Show Details...": "Tampilkan rincian…",
    "Hide Details...": "Sembunyikan rincian…",
    "About Qt": "Tentang Qt",
    "Enter a value:": "Masukkan nilai:",
    # article list, status bar (numbers in the user's locale: 1.250)
    "%Ln article(s)": "%Ln artikel",
    "No article matches “{query}”. Search by the start of a word with *, for example "
    "“{prefix}”, or try another word.":
        "Tidak ada artikel yang cocok dengan “{query}”. Cari dengan awal kata dan tanda *, "
        "misalnya “{prefix}”, atau coba kata lain.",
    # check before export (ui/checkpanel.py, ui/checking.py)
    "Check article": "Periksa naskah",
    "&Check article": "&Periksa naskah",
    "Check again": "Periksa lagi",
    "Check the article as it is now (F7)": "Periksa naskah seperti sekarang (F7)",
    "Click a problem to go to it": "Klik masalah untuk menuju ke tempatnya",
    "%n problem(s) to fix before export": "%n masalah perlu dibereskan sebelum ekspor",
    "No problems found: ready for export.": "Tidak ada masalah: siap diekspor.",
    "List what to fix before export: missing fields, spelling, quotes, spaces":
        "Daftar yang perlu dibereskan sebelum ekspor: kolom kosong, ejaan, tanda kutip, spasi",
    "&Preferences…": "&Preferensi…",
    "New from &template": "Baru dari &templat",
    "New article from the “{kind}” template": "Artikel baru dari templat “{kind}”",
    "Spell checking is not available: {error}": "Pemeriksa ejaan tidak tersedia: {error}",
    "Body": "Isi",
    "This article still has %n problem(s), for example:":
        "Naskah ini masih punya %n masalah, antara lain:",
    "%n article(s) still have problems, for example:":
        "%n artikel masih bermasalah, antara lain:",
    "Check before export": "Periksa sebelum ekspor",
    "Export anyway": "Tetap ekspor",
    "Show problems": "Tampilkan masalah",
    "Kind of article; an advertorial carries the label “Advertorial” in every export":
        "Jenis naskah; advertorial diberi label “Advertorial” di setiap ekspor",
    # preferences (ui/preferences.py)
    "Preferences": "Preferensi",
    "General": "Umum",
    "A new language is used from the next start.":
        "Bahasa baru dipakai mulai aplikasi dibuka lagi.",
    "WIB (western Indonesia, UTC+7)": "WIB (Waktu Indonesia Barat, UTC+7)",
    "WITA (central Indonesia, UTC+8)": "WITA (Waktu Indonesia Tengah, UTC+8)",
    "WIT (eastern Indonesia, UTC+9)": "WIT (Waktu Indonesia Timur, UTC+9)",
    "Time zone of new articles": "Zona waktu artikel baru",
    "Language:": "Bahasa:",
    "Default time zone:": "Zona waktu bawaan:",
    "Writing": "Menulis",
    "Turn typed quotes into curly quotes": "Ubah tanda kutip yang diketik menjadi melengkung",
    "Check spelling (Indonesian)": "Periksa ejaan (bahasa Indonesia)",
    "Character limits": "Batas karakter",
    "Headline:": "Judul:",
    "Sub-headline:": "Subjudul:",
    "Summary:": "Ringkasan:",
    "SEO title:": "Judul SEO:",
    "SEO description:": "Deskripsi SEO:",
    " characters": " karakter",
    # spelling context menu (ui/spellcheck.py)
    "Looking for suggestions…": "Mencari saran…",
    "Add to dictionary": "Tambahkan ke kamus",
    "Add the word to the desk's word list, for everyone using this database":
        "Tambahkan kata ke kamus redaksi, untuk semua pengguna basis data ini",
    "No suggestions": "Tidak ada saran",
    # desk word list (ui/deskwords.py)
    "Desk &word list…": "&Kamus redaksi…",
    "Desk word list…": "Kamus redaksi…",
    "Desk word list": "Kamus redaksi",
    "The spelling words shared by everyone on this database":
        "Kata ejaan yang dipakai bersama semua pengguna basis data ini",
    "Words the spell checker accepts for everyone using this database":
        "Kata yang diterima pemeriksa ejaan untuk semua pengguna basis data ini",
    "Words the spell checker accepts for everyone using this database: names of places, "
    "offices and people.":
        "Kata yang diterima pemeriksa ejaan untuk semua pengguna basis data ini: nama tempat, "
        "instansi, dan orang.",
    "This database is open read-only (another EditorBerita window has it open): the list can "
    "be read and exported, not changed.":
        "Basis data ini terbuka hanya-baca (sedang dibuka jendela EditorBerita lain): daftar "
        "bisa dibaca dan diekspor, tetapi tidak bisa diubah.",
    "New word, e.g. Diskominfo": "Kata baru, mis. Diskominfo",
    "&Add": "&Tambah",
    "Add the word to the list (Enter)": "Tambahkan kata ke daftar (Enter)",
    "Filter the list…": "Saring daftar…",
    "&Remove": "&Hapus",
    "Remove the selected words (Delete)": "Hapus kata yang dipilih (tombol Del)",
    "&Import…": "&Impor…",
    "Add the words of a text file, one word a line":
        "Tambahkan kata dari berkas teks, satu kata per baris",
    "&Export…": "&Ekspor…",
    "Save the list as a text file, one word a line":
        "Simpan daftar sebagai berkas teks, satu kata per baris",
    "Read-only: no new words": "Hanya-baca: tidak bisa menambah kata",
    "%Ln word(s)": "%Ln kata",
    "{shown} of {total}": "{shown} dari {total}",
    "“{word}” cannot be added: one word only, without spaces, at most 100 characters.":
        "“{word}” tidak bisa ditambahkan: satu kata saja, tanpa spasi, paling panjang "
        "100 karakter.",
    "“{word}” added.": "“{word}” ditambahkan.",
    "“{word}” is on the list already.": "“{word}” sudah ada di daftar.",
    "Remove %n word(s) from the desk word list? The spell checker will mark them again for "
    "everyone using this database.":
        "Hapus %n kata dari kamus redaksi? Pemeriksa ejaan akan menandainya lagi untuk semua "
        "pengguna basis data ini.",
    "Remove “{word}” from the desk word list? The spell checker will mark it again for "
    "everyone using this database.":
        "Hapus “{word}” dari kamus redaksi? Pemeriksa ejaan akan menandainya lagi untuk semua "
        "pengguna basis data ini.",
    "Remove words": "Hapus kata",
    "%n word(s) removed.": "%n kata dihapus.",
    "The word list could not be changed: {error}": "Daftar kata tidak bisa diubah: {error}",
    "Import word list": "Impor daftar kata",
    "Word lists (*.txt *.dic *.lst);;All files (*)":
        "Daftar kata (*.txt *.dic *.lst);;Semua berkas (*)",
    "{file} holds no words to import (one word a line).":
        "{file} tidak berisi kata untuk diimpor (satu kata per baris).",
    "%n new word(s) imported from {file}.": "%n kata baru diimpor dari {file}.",
    "%n were on the list already.": "%n kata sudah ada di daftar.",
    "line {line} “{text}”": "baris {line} “{text}”",
    "%n line(s) skipped (not one word): {lines}.":
        "%n baris dilewati (bukan satu kata): {lines}.",
    "Export word list": "Ekspor daftar kata",
    "Text files (*.txt);;All files (*)": "Berkas teks (*.txt);;Semua berkas (*)",
    "%Ln word(s) saved to {file}.": "%Ln kata disimpan ke {file}.",
    # check panel (ui/checkpanel.py)
    "Click a problem to go to it; fix it, then check again (F7).":
        "Klik masalah untuk menuju ke tempatnya; perbaiki, lalu periksa lagi (F7).",
    # the spell checker's child process (ui/spellcheck.py)
    "the spell checker stopped": "pemeriksa ejaan berhenti",
    "the spell checker could not start": "pemeriksa ejaan tidak dapat dijalankan",
    # Sending to WordPress (ui/sending.py, issue 15)
    "Send to site…": "Kirim ke situs…",
    "Send the article to a WordPress site as a draft": "Kirim artikel ke situs WordPress sebagai draf",
    "Sites…": "Situs…",
    "Outbox…": "Kotak keluar…",
    "Send to site": "Kirim ke situs",
    "No WordPress site yet: add one under File → Sites…": "Belum ada situs WordPress: tambahkan lewat Berkas → Situs…",
    "Site:": "Situs:",
    "Sending to {site}…": "Mengirim ke {site}…",
    "Sent to {site} as post #{post} ({status}).": "Terkirim ke {site} sebagai pos #{post} ({status}).",
    "The article waits in the outbox.": "Artikel menunggu di kotak keluar.",
    "Sent to {site} {time}": "Terkirim ke {site} {time}",
    "{sent}, changed since sent": "{sent}, diubah sejak dikirim",
    "waiting in the outbox for {site}": "menunggu di kotak keluar untuk {site}",
    "WordPress sites": "Situs WordPress",
    "Application Password (kept in the system keyring)": "Kata sandi aplikasi (disimpan di gantungan kunci sistem)",
    "Site runs on this computer (plain http allowed)": "Situs berjalan di komputer ini (http biasa diizinkan)",
    "Address:": "Alamat:",
    "User:": "Pengguna:",
    "Password:": "Kata sandi:",
    "Test": "Uji",
    "Remove": "Hapus",
    "Site “{name}” saved.": "Situs “{name}” disimpan.",
    "The password is in the system keyring.": "Kata sandi disimpan di gantungan kunci sistem.",
    "No system keyring here: the password is kept until the program closes.": "Gantungan kunci sistem tidak tersedia: kata sandi diingat sampai program ditutup.",
    "yes": "ya",
    "no": "tidak",
    "Connected to {root} as {user}. May publish: {publish}; may upload pictures: {upload}.": "Tersambung ke {root} sebagai {user}. Boleh terbit: {publish}; boleh unggah gambar: {upload}.",
    "Site “{name}” removed.": "Situs “{name}” dihapus.",
    "Outbox": "Kotak keluar",
    "Article": "Artikel",
    "Site": "Situs",
    "Tries": "Percobaan",
    "Reason": "Alasan",
    "Send now": "Kirim sekarang",
    "Take out": "Keluarkan",
    # the outbox view and the record in a send (wave 2 of issues 15 and 16)
    "Show the articles waiting for a site to answer":
        "Tampilkan artikel yang menunggu situs menjawab",
    "Send waiting articles now": "Kirim artikel yang menunggu sekarang",
    "Try the selected articles of the outbox (all of them when none is selected) now, without "
    "waiting for the next try": "Coba kirim artikel terpilih di kotak keluar (semuanya bila "
    "tidak ada yang dipilih) sekarang, tanpa menunggu percobaan berikutnya",
    "Take out of the outbox": "Keluarkan dari kotak keluar",
    "Stop sending the selected articles (they stay in the desk)":
        "Hentikan pengiriman artikel terpilih (artikelnya tetap ada di meja redaksi)",
    "not tried yet": "belum dicoba",
    "{site}: {reason} ({tries}×)": "{site}: {reason} ({tries}×)",
    "Sent to a site": "Dikirim ke situs",
    "rule": "aturan",
    "Export for WordPress Importer (WXR)…": "Ekspor untuk pengimpor WordPress (WXR)…",
    "One WXR file of the selected articles, for Tools → Import → WordPress":
        "Satu berkas WXR dari artikel terpilih, untuk Alat → Impor → WordPress",
    "Export for WordPress": "Ekspor untuk WordPress",
    "WXR files (*.xml)": "Berkas WXR (*.xml)",
    "{posts} articles and {pictures} pictures written to {path}.":
        "{posts} artikel dan {pictures} gambar ditulis ke {path}.",
    # the newsroom's record (ui/record.py, issue 16)
    "Newsroom": "Redaksi",
    "Correction: what was wrong and what is right": "Ralat: apa yang keliru dan yang benar",
    "Add correction": "Tambah ralat",
    "Printed under the text of every export with its date and time, as the Dewan Pers "
    "guideline asks":
        "Dicetak di bawah teks setiap ekspor beserta tanggal dan jamnya, sesuai pedoman "
        "Dewan Pers",
    "Editor": "Nama editor",
    "Printed as “Penulis: … | Editor: …”": "Dicetak sebagai “Penulis: … | Editor: …”",
    "Editor's initials": "Inisial editor",
    "Closes the story after the writer's: (rw/ed)": "Menutup berita setelah inisial penulis: (rw/ed)",
    "Not yet fully verified": "Belum terverifikasi penuh",
    "Prints “Berita ini masih memerlukan verifikasi lebih lanjut.” at the end":
        "Mencetak “Berita ini masih memerlukan verifikasi lebih lanjut.” di akhir berita",
    "Reply to…": "Hak jawab atas…",
    "Make this a right of reply to a story of the desk; both exports link to each other":
        "Jadikan naskah ini hak jawab atas berita redaksi; kedua ekspor saling menautkan",
    "Unlink": "Lepas tautan",
    "Not a right of reply": "Bukan hak jawab",
    "Right of reply to {story}": "Hak jawab atas {story}",
    "Search the archive": "Cari di arsip",
    "Insert &related story…": "Sisipkan berita &terkait…",
    "Insert a “Baca juga” link to a story of the archive at the cursor":
        "Sisipkan tautan “Baca juga” ke berita arsip di posisi kursor",
    "Right of reply to which story?": "Hak jawab atas berita yang mana?",
    "Correction": "Ralat",
    "Insert related story": "Sisipkan berita terkait",
}

# deskfeel-window (issue 12): keyboard, typed dates, find bar, guard rails, desk words.
ID.update({
    "Match upper/lower case": "Cocokkan huruf besar/kecil",
    "Find “Banjir” but not “banjir”": "Temukan “Banjir”, bukan “banjir”",
    "Choose on a calendar (Alt+Down)": "Pilih di kalender (Alt+Bawah)",
    "Not a date: type it like 23/07/2024, 23-7-2024 or 23 Juli 2024":
        "Bukan tanggal: ketik seperti 23/07/2024, 23-7-2024 atau 23 Juli 2024",
    "Not a time: type it like 14.30 or 14:30": "Bukan jam: ketik seperti 14.30 atau 14:30",
    # Desk words for web jargon (the tooltips explain them)
    "Slug": "Alamat web",
    "Fixed": "Tetap",
    "Dateline": "Tempat berita",
    "SEO title": "Judul di mesin pencari",
    "SEO title:": "Judul di mesin pencari:",
    "SEO description": "Deskripsi di mesin pencari",
    "SEO description:": "Deskripsi di mesin pencari:",
    "The article's web address (the \"slug\"), made from the headline":
        "Alamat web artikel (\"slug\"), dibentuk dari judul",
    "The town the story comes from; it opens the first paragraph, e.g. \"SAMARINDA —\"":
        "Kota asal berita (dateline); membuka paragraf pertama, mis. \"SAMARINDA —\"",
    "The headline search engines and social media show; empty: the article's headline":
        "Judul yang ditampilkan mesin pencari dan media sosial (judul SEO); kosong: judul "
        "artikel",
    "The short text search engines show under the title":
        "Teks pendek yang ditampilkan mesin pencari di bawah judul (deskripsi SEO)",
    "When not fixed, the slug follows the headline":
        "Bila tidak tetap, alamat web mengikuti judul",
    # The check panel, the guard rails, the editor's defaults
    "Article: {headline}": "Artikel: {headline}",
    "&Open": "&Buka",
    "Undo": "Urungkan",
    "Bring the articles just moved to the Trash back": "Kembalikan artikel yang baru dibuang",
    "Move to &rubric": "Pindahkan ke &rubrik",
    "%n article(s) restored": "%n artikel dipulihkan",
    "This article is in the Trash: restore it to edit it.":
        "Di Sampah — pulihkan artikel ini untuk menyuntingnya.",
    "Restore": "Pulihkan",
    "Restored from the Trash.": "Dipulihkan dari Sampah.",
    "Not marked “{status}”": "Tidak ditandai “{status}”",
    "An article needs these before it can go out: {fields}.":
        "Artikel perlu diisi dulu sebelum tayang: {fields}.",
    "Your defaults": "Bawaan Anda",
    "What a new article starts with on this computer":
        "Isian awal artikel baru di komputer ini",
    "e.g. Rina Wati": "mis. Rina Wati",
    "e.g. rw": "mis. rw",
    "The rubric selected in the sidebar": "Rubrik yang dipilih di panel kiri",
    "Asked at the first export": "Ditanyakan saat ekspor pertama",
    "Choose…": "Pilih…",
    "Byline:": "Penulis:",
    "Initials:": "Inisial:",
    "Default rubric:": "Rubrik bawaan:",
    "Export folder:": "Folder ekspor:",
    "Export folder": "Folder ekspor",
    "No web browser": "Tidak ada peramban",
    "No web browser could be started on this computer. The page is saved here; open it with "
    "a browser:\n{path}":
        "Tidak ada peramban web yang dapat dijalankan di komputer ini. Halamannya disimpan di "
        "sini; bukalah dengan peramban:\n{path}",
})
ID.update({  # a shared desk: leases, the offline journal (issue 14)
    "Being edited by {editor} ({machine}) since {time}.":
        "Sedang disunting oleh {editor} ({machine}) sejak {time}.",
    "Take over": "Ambil alih",
    "Take over the article?": "Ambil alih artikel?",
    "{editor} ({machine}) is editing this article. If you take it over, their last saved text "
    "is kept as a revision and this PC edits it from now on.":
        "{editor} ({machine}) sedang menyunting artikel ini. Bila Anda mengambil alih, teks "
        "terakhir yang mereka simpan disimpan sebagai revisi dan PC ini yang menyuntingnya "
        "mulai sekarang.",
    "The desk server cannot be reached. Keep typing: your text is safe on this PC and is "
    "saved to the server when it is back.":
        "Server meja tidak bisa dihubungi. Teruslah mengetik: teks Anda aman di PC ini dan "
        "disimpan ke server begitu server kembali.",
    "The article could not be opened": "Artikel tidak dapat dibuka",
})


# Shared desks (issue 14): connecting, the desk that won't open, the desk name.
ID.update({
    "The desk server {where} cannot be reached: the server is off, the address or port is "
    "wrong, or the network is down. Nothing has been lost.":
        "Server meja {where} tidak bisa dihubungi: servernya mati, alamat atau port-nya salah, "
        "atau jaringannya putus. Tidak ada yang hilang.",
    "The desk server {where} refused the user name {user} or its password. Check both.":
        "Server meja {where} menolak nama pengguna {user} atau kata sandinya. Periksa keduanya.",
    "The desk server {where} has no database named {database}. Check the name, or ask the "
    "server's administrator to create it (createdb).":
        "Server meja {where} tidak punya basis data bernama {database}. Periksa namanya, atau "
        "minta pengelola server membuatnya (createdb).",
    "The user {user} has no rights to read or change the desk {database}. Ask the server's "
    "administrator to grant them (GRANT).":
        "Pengguna {user} tidak punya hak membaca atau mengubah meja {database}. Minta "
        "pengelola server memberikannya (GRANT).",
    "Connect to shared desk": "Sambungkan ke meja bersama",
    "A shared desk lives on the newsroom's PostgreSQL server: every editor connected to it "
    "works on the same articles. Ask the server's administrator for these details.":
        "Meja bersama ada di server PostgreSQL redaksi: semua penyunting yang tersambung "
        "bekerja pada artikel yang sama. Minta data ini kepada pengelola server.",
    "(a new desk)": "(meja baru)",
    "e.g. Redaksi Kaltim (shown in the title bar)": "mis. Redaksi Kaltim (tampil di bilah judul)",
    "e.g. 192.168.1.10 or server-redaksi": "mis. 192.168.1.10 atau server-redaksi",
    "e.g. redaksi": "mis. redaksi",
    "Remember the password in the system keyring":
        "Simpan kata sandi di gantungan kunci sistem",
    "Off": "Mati",
    "If the server wants it": "Bila server memintanya",
    "When the server offers it": "Bila server menawarkannya",
    "Always, certificate unchecked": "Selalu, sertifikat tidak diperiksa",
    "Always, certificate checked": "Selalu, sertifikat diperiksa",
    "Always, certificate and server name checked": "Selalu, sertifikat dan nama server diperiksa",
    "Recent desks:": "Meja terakhir:",
    "Desk name:": "Nama di meja:",
    "Server:": "Server:",
    "Port:": "Port:",
    "Database:": "Basis data:",
    "Encryption (TLS):": "Enkripsi (TLS):",
    "&Test connection": "&Uji sambungan",
    "&Connect": "&Sambungkan",
    "Connection works: the desk {name} is ready.": "Sambungan berhasil: meja {name} siap.",
    "Connect to shared des&k…": "Sambungkan ke &meja bersama…",
    "Work on a shared desk on the newsroom's PostgreSQL server":
        "Bekerja di meja bersama pada server PostgreSQL redaksi",
    "&Local desk": "Meja &lokal",
    "Go back to the desk kept on this computer": "Kembali ke meja yang tersimpan di komputer ini",
    "This computer has no system keyring, so the password is kept only until EditorBerita "
    "closes; it is asked again at the next start.":
        "Komputer ini tidak punya gantungan kunci sistem, jadi kata sandi hanya disimpan sampai "
        "EditorBerita ditutup; kata sandi ditanyakan lagi saat dibuka berikutnya.",
    "This is already the local desk.": "Ini sudah meja lokal.",
    "The shared desk did not open": "Meja bersama tidak terbuka",
    "You can try again, change the connection, or work on the local desk of this computer "
    "meanwhile.":
        "Anda bisa mencoba lagi, mengubah sambungan, atau sementara bekerja di meja lokal "
        "komputer ini.",
    "Change connection…": "Ubah sambungan…",
    "Open the local desk": "Buka meja lokal",
    "Connecting to the shared desk {desk}…": "Menghubungkan ke meja bersama {desk}…",
    "Your computer login: {name}": "Login komputer Anda: {name}",
    "A shared desk is restored on the command line, so that everyone working on it can be told "
    "first: editorberita --db {desk} restore FILE":
        "Meja bersama dipulihkan lewat baris perintah, supaya semua yang bekerja di sana bisa "
        "diberi tahu lebih dulu: editorberita --db {desk} restore BERKAS",
    "Your name on a shared desk: recorded on your saves and shown in the history (empty: your "
    "computer login)":
        "Nama Anda di meja bersama: dicatat pada setiap simpanan dan tampil di riwayat "
        "(kosong: nama login komputer)",
})
ID.update({  # a search's count stops at a cap (the article list, issue 14)
    "More than %Ln article(s)": "Lebih dari %Ln artikel",
})

ID.update({  # desk-threads: connecting to a server desk on a worker
    "Connecting…": "Menghubungkan…",
})


def fill(check_only: bool = False) -> list[str]:
    """Translate what we know; return "context: source" for messages still unfinished."""
    tree = ET.parse(TS)
    missing: list[str] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = BY_CONTEXT.get((name, source), ID.get(source))
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if text is None:
                if translation.get("type") == "unfinished" or not (
                        translation.text or translation.findall("numerusform")):
                    missing.append(f"{name}: {source!r}")
                continue
            if check_only:
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform") or [
                    ET.SubElement(translation, "numerusform")]
                for form in forms:
                    form.text = text
            else:
                translation.text = text
    if not check_only:
        # Keep lupdate's own layout (no re-indenting, "/>" without a space), so running
        # lupdate and this tool again produces no diff.
        body = (ET.tostring(tree.getroot(), encoding="unicode").replace(" />", "/>")
                .replace("'", "&apos;"))
        TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                      encoding="utf-8")
    return missing


def compile_qm() -> None:
    """Write the .qm next to the .ts with the lrelease of this Python's environment."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(TS.with_suffix(".qm"))],
                   check=True)


if __name__ == "__main__":
    left = fill(check_only="--check" in sys.argv)
    if "--check" not in sys.argv:
        compile_qm()
    for item in left:
        print("untranslated:", item)
    sys.exit(1 if left else 0)
