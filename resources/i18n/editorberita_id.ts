<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/editorberita/ui/about.py" line="37"/>
        <source>About EditorBerita</source>
        <translation>Tentang EditorBerita</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/about.py" line="44"/>
        <source>An offline article editor for Indonesian news desks.</source>
        <translation>Penyunting artikel luring untuk meja redaksi Indonesia.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/about.py" line="45"/>
        <source>Qt {qt} · PySide6 {pyside} · Python {python}</source>
        <translation>Qt {qt} · PySide6 {pyside} · Python {python}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/about.py" line="47"/>
        <source>Portable mode: data folder {path}</source>
        <translation>Mode portabel: folder data {path}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/about.py" line="48"/>
        <source>Data folder: {path}</source>
        <translation>Folder data: {path}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/about.py" line="60"/>
        <source>EditorBerita is built with the components below. Qt and PySide6 are used under the GNU LGPL version 3; you may replace them with your own build of the same version.</source>
        <translation>EditorBerita dibangun dengan komponen di bawah ini. Qt dan PySide6 dipakai di bawah GNU LGPL versi 3; Anda boleh menggantinya dengan build sendiri dari versi yang sama.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/about.py" line="108"/>
        <source>Licence: {license}</source>
        <translation>Lisensi: {license}</translation>
    </message>
</context>
<context>
    <name>AppearanceController</name>
    <message>
        <location filename="../../src/editorberita/ui/appearance.py" line="71"/>
        <source>&amp;Focus mode</source>
        <translation>Mode &amp;fokus</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/appearance.py" line="73"/>
        <source>Smart &amp;quotes</source>
        <translation>Tanda &amp;kutip cerdas</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/appearance.py" line="79"/>
        <source>F&amp;ull screen</source>
        <translation>Layar &amp;penuh</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/appearance.py" line="81"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/appearance.py" line="86"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Penampilan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/appearance.py" line="87"/>
        <source>Follow the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/appearance.py" line="87"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/appearance.py" line="88"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/appearance.py" line="91"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/appearance.py" line="177"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/appearance.py" line="178"/>
        <source>The new language is used from the next start.</source>
        <translation>Bahasa baru dipakai mulai saat aplikasi dibuka lagi.</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../src/editorberita/ui/articlemodel.py" line="221"/>
        <source>(untitled)</source>
        <extracomment>Returns a note per article id for a view (the outbox: why each waits); set by a feature&apos;s controller (``ui.sending``). Read on every reload.</extracomment>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/articlemodel.py" line="226"/>
        <source>Uncategorised</source>
        <translation>Tanpa rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/articlemodel.py" line="254"/>
        <source>Headline</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/articlemodel.py" line="254"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/articlemodel.py" line="254"/>
        <source>Rubric</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/articlemodel.py" line="255"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
</context>
<context>
    <name>ArticleListPane</name>
    <message>
        <location filename="../../src/editorberita/ui/articlelist.py" line="177"/>
        <source>Search articles…</source>
        <extracomment>Right click (or the menu key) on the list, at this global position; the row under it is selected first. The window&apos;s controller (ui.guardrails) shows the menu.</extracomment>
        <translation>Cari artikel…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/articlelist.py" line="181"/>
        <source>Newest</source>
        <translation>Terbaru</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/articlelist.py" line="181"/>
        <source>Oldest</source>
        <translation>Terlama</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/articlelist.py" line="181"/>
        <source>A–Z</source>
        <translation>A–Z</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/articlelist.py" line="182"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/articlelist.py" line="183"/>
        <source>Sort the list</source>
        <translation>Urutkan daftar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/articlelist.py" line="312"/>
        <source>More than %Ln article(s)</source>
        <translation>
            <numerusform>Lebih dari %Ln artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/articlelist.py" line="313"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln artikel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/articlelist.py" line="324"/>
        <source>No article matches “{query}”. Search by the start of a word with *, for example “{prefix}”, or try another word.</source>
        <translation>Tidak ada artikel yang cocok dengan “{query}”. Cari dengan awal kata dan tanda *, misalnya “{prefix}”, atau coba kata lain.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artikel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleSession</name>
    <message>
        <location filename="../../src/editorberita/ui/session.py" line="236"/>
        <source>The article could not be opened</source>
        <extracomment>A different article is shown (``None``: nothing is open): opened, adopted, restored. The article was opened by the user or at start-up (its id), after ``article_changed``. (the article before, the article as saved): the list, the counts and the tags follow. The form or the editor changed (the composed article): preview, pictures and title follow. An article was added to the store behind the list&apos;s back (a conflict&apos;s copy). Why the open article is not ours to edit (another editor&apos;s lease), or "" (issue 14). Set by ``ui.deskcollab``: takes a save the server cannot (article, the error or None before trying) and keeps it on this PC; True when kept.</extracomment>
        <translation>Artikel tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/session.py" line="415"/>
        <location filename="../../src/editorberita/ui/session.py" line="455"/>
        <source>The article could not be saved</source>
        <translation>Artikel tidak dapat disimpan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/session.py" line="451"/>
        <source>{headline} (copy)</source>
        <translation>{headline} (salinan)</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../src/editorberita/ui/backups.py" line="42"/>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/backups.py" line="44"/>
        <source>A copy of the database is made every day at start-up (the last 7 days and 4 weeks are kept), before every update of the database format and before every restore. Folder: {folder}</source>
        <translation>Salinan basis data dibuat setiap hari saat aplikasi dibuka (7 hari dan 4 minggu terakhir disimpan), sebelum setiap pembaruan format basis data dan sebelum setiap pemulihan. Folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/backups.py" line="51"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/backups.py" line="51"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/backups.py" line="51"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/backups.py" line="60"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/backups.py" line="62"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Pulihkan…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/backups.py" line="88"/>
        <source>Daily</source>
        <translation>Harian</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/backups.py" line="88"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/backups.py" line="89"/>
        <source>Before a format update</source>
        <translation>Sebelum pembaruan format</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/backups.py" line="90"/>
        <source>Before a restore</source>
        <translation>Sebelum pemulihan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/backups.py" line="91"/>
        <source>Damaged database (kept for support)</source>
        <translation>Basis data rusak (disimpan untuk dukungan teknis)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/backups.py" line="128"/>
        <source>No backup was made</source>
        <translation>Cadangan tidak dibuat</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/backups.py" line="143"/>
        <source>This backup cannot be restored</source>
        <translation>Cadangan ini tidak bisa dipulihkan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/backups.py" line="145"/>
        <source>Restore backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/backups.py" line="146"/>
        <source>Replace the database with the backup of {date}? The database as it is now is backed up first, so this can be undone from this list.</source>
        <translation>Ganti basis data dengan cadangan {date}? Basis data yang sekarang dicadangkan dulu, jadi langkah ini bisa dibatalkan dari daftar ini.</translation>
    </message>
</context>
<context>
    <name>CheckController</name>
    <message>
        <location filename="../../src/editorberita/ui/checking.py" line="52"/>
        <source>&amp;Check article</source>
        <translation>&amp;Periksa naskah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checking.py" line="54"/>
        <source>List what to fix before export: missing fields, spelling, quotes, spaces</source>
        <translation>Daftar yang perlu dibereskan sebelum ekspor: kolom kosong, ejaan, tanda kutip, spasi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checking.py" line="80"/>
        <source>Headline</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checking.py" line="80"/>
        <source>Sub-headline</source>
        <translation>Subjudul</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checking.py" line="81"/>
        <source>Rubric</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checking.py" line="81"/>
        <source>Byline</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checking.py" line="82"/>
        <source>Initials</source>
        <translation>Inisial</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checking.py" line="82"/>
        <source>Dateline</source>
        <translation>Tempat berita</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checking.py" line="83"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checking.py" line="83"/>
        <source>SEO title</source>
        <translation>Judul di mesin pencari</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checking.py" line="84"/>
        <source>SEO description</source>
        <translation>Deskripsi di mesin pencari</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checking.py" line="84"/>
        <source>Body</source>
        <translation>Isi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checking.py" line="85"/>
        <source>Kind</source>
        <translation>Jenis naskah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checking.py" line="85"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/checking.py" line="202"/>
        <source>This article still has %n problem(s), for example:</source>
        <translation>
            <numerusform>Naskah ini masih punya %n masalah, antara lain:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/checking.py" line="206"/>
        <source>%n article(s) still have problems, for example:</source>
        <translation>
            <numerusform>%n artikel masih bermasalah, antara lain:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checking.py" line="211"/>
        <source>Export anyway</source>
        <translation>Tetap ekspor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checking.py" line="213"/>
        <source>Show problems</source>
        <translation>Tampilkan masalah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checking.py" line="215"/>
        <source>Check before export</source>
        <translation>Periksa sebelum ekspor</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <location filename="../../src/editorberita/ui/checkpanel.py" line="210"/>
        <source>Check article</source>
        <extracomment>A link in a row&apos;s text was clicked (the EYD rule&apos;s address).</extracomment>
        <translation>Periksa naskah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checkpanel.py" line="230"/>
        <source>Check again</source>
        <translation>Periksa lagi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checkpanel.py" line="231"/>
        <source>Check the article as it is now (F7)</source>
        <translation>Periksa naskah seperti sekarang (F7)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checkpanel.py" line="243"/>
        <source>Click a problem to go to it</source>
        <translation>Klik masalah untuk menuju ke tempatnya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checkpanel.py" line="244"/>
        <source>Click a problem to go to it; fix it, then check again (F7).</source>
        <translation>Klik masalah untuk menuju ke tempatnya; perbaiki, lalu periksa lagi (F7).</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checkpanel.py" line="276"/>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checkpanel.py" line="277"/>
        <source>Article: {headline}</source>
        <translation>Artikel: {headline}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checkpanel.py" line="298"/>
        <source>fields</source>
        <translation>isian</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checkpanel.py" line="298"/>
        <source>spelling</source>
        <translation>ejaan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checkpanel.py" line="299"/>
        <source>writing</source>
        <translation>penulisan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checkpanel.py" line="321"/>
        <source>rule</source>
        <translation>aturan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/checkpanel.py" line="329"/>
        <source>%n problem(s) to fix before export</source>
        <translation>
            <numerusform>%n masalah perlu dibereskan sebelum ekspor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checkpanel.py" line="337"/>
        <source>No problems found: ready for export.</source>
        <translation>Tidak ada masalah: siap diekspor.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/editorberita/ui/conflictdialog.py" line="39"/>
        <source>The article was changed elsewhere</source>
        <translation>Artikel diubah di tempat lain</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/conflictdialog.py" line="42"/>
        <source>Someone saved this article in another window or on another computer after you opened it. Nothing has been overwritten yet. Choose which text to keep.</source>
        <translation>Seseorang menyimpan artikel ini di jendela atau komputer lain setelah Anda membukanya. Belum ada yang tertimpa. Pilih naskah mana yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/conflictdialog.py" line="51"/>
        <source>(the article was deleted)</source>
        <translation>(artikel sudah dihapus)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/conflictdialog.py" line="53"/>
        <source>My version</source>
        <translation>Versi saya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/conflictdialog.py" line="54"/>
        <source>Stored version</source>
        <translation>Versi tersimpan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/conflictdialog.py" line="58"/>
        <source>Keep mine as a new revision</source>
        <translation>Pakai versi saya sebagai revisi baru</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/conflictdialog.py" line="59"/>
        <source>Take theirs</source>
        <translation>Pakai versi mereka</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/conflictdialog.py" line="60"/>
        <source>Save mine as a copy</source>
        <translation>Simpan versi saya sebagai salinan</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="82"/>
        <source>Connect to shared desk</source>
        <extracomment>"Test connection" ended: True when the desk works (the result label says what is wrong).</extracomment>
        <translation>Sambungkan ke meja bersama</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="87"/>
        <source>A shared desk lives on the newsroom&apos;s PostgreSQL server: every editor connected to it works on the same articles. Ask the server&apos;s administrator for these details.</source>
        <translation>Meja bersama ada di server PostgreSQL redaksi: semua penyunting yang tersambung bekerja pada artikel yang sama. Minta data ini kepada pengelola server.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="98"/>
        <source>(a new desk)</source>
        <translation>(meja baru)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="102"/>
        <source>e.g. Redaksi Kaltim (shown in the title bar)</source>
        <translation>mis. Redaksi Kaltim (tampil di bilah judul)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="104"/>
        <source>e.g. 192.168.1.10 or server-redaksi</source>
        <translation>mis. 192.168.1.10 atau server-redaksi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="109"/>
        <source>e.g. redaksi</source>
        <translation>mis. redaksi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="113"/>
        <source>Remember the password in the system keyring</source>
        <translation>Simpan kata sandi di gantungan kunci sistem</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="117"/>
        <source>Off</source>
        <translation>Mati</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="118"/>
        <source>If the server wants it</source>
        <translation>Bila server memintanya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="119"/>
        <source>When the server offers it</source>
        <translation>Bila server menawarkannya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="120"/>
        <source>Always, certificate unchecked</source>
        <translation>Selalu, sertifikat tidak diperiksa</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="121"/>
        <source>Always, certificate checked</source>
        <translation>Selalu, sertifikat diperiksa</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="122"/>
        <source>Always, certificate and server name checked</source>
        <translation>Selalu, sertifikat dan nama server diperiksa</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="128"/>
        <source>Recent desks:</source>
        <translation>Meja terakhir:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="129"/>
        <source>Desk name:</source>
        <translation>Nama meja:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="130"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="131"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="132"/>
        <source>Database:</source>
        <translation>Basis data:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="133"/>
        <source>User:</source>
        <translation>Pengguna:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="134"/>
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="136"/>
        <source>Encryption (TLS):</source>
        <translation>Enkripsi (TLS):</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="137"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Uji sambungan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="144"/>
        <source>&amp;Connect</source>
        <translation>&amp;Sambungkan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="223"/>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="241"/>
        <source>Connection works: the desk {name} is ready.</source>
        <translation>Sambungan berhasil: meja {name} siap.</translation>
    </message>
</context>
<context>
    <name>CoreMessage</name>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="21"/>
        <source>The file {path} could not be {action}: {reason}.</source>
        <translation>Berkas {path} tidak dapat {action}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="23"/>
        <source>The file {path} could not be {action}: another program has it open.</source>
        <translation>Berkas {path} tidak dapat {action}: berkasnya sedang dibuka program lain.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="25"/>
        <source>read</source>
        <translation>dibaca</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="27"/>
        <source>opened</source>
        <translation>dibuka</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="29"/>
        <source>written</source>
        <translation>ditulis</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="31"/>
        <source>created</source>
        <translation>dibuat</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="33"/>
        <source>used</source>
        <translation>dipakai</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="35"/>
        <source>there is no permission to read it</source>
        <translation>tidak ada izin membacanya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="37"/>
        <source>there is no permission to write in that folder</source>
        <translation>tidak ada izin menulis di folder itu</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="39"/>
        <source>the system refused (no permission, or the file is locked)</source>
        <translation>sistem menolaknya (tidak ada izin, atau berkasnya dikunci)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="41"/>
        <source>the folder is read-only</source>
        <translation>foldernya hanya-baca</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="43"/>
        <source>the disk is full</source>
        <translation>disk penuh</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="45"/>
        <source>the disk quota is used up</source>
        <translation>kuota disk habis</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="47"/>
        <source>the name or path is too long</source>
        <translation>nama atau jalurnya terlalu panjang</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="49"/>
        <source>the file or folder does not exist</source>
        <translation>berkas atau foldernya tidak ada</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="51"/>
        <source>part of the path is not a folder</source>
        <translation>salah satu bagian jalurnya bukan folder</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="53"/>
        <source>it is a folder, not a file</source>
        <translation>itu sebuah folder, bukan berkas</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="55"/>
        <source>the file is larger than allowed</source>
        <translation>berkasnya melebihi batas ukuran yang diizinkan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="57"/>
        <source>another program is using the file</source>
        <translation>berkasnya sedang dipakai program lain</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="59"/>
        <source>a read or write error on the disk or medium (check the cable, card or drive)</source>
        <translation>galat baca-tulis pada disk atau media (periksa kabel, kartu atau diska)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="62"/>
        <source>the path has looping or too many symbolic links</source>
        <translation>jalurnya berisi tautan simbolik yang berputar atau terlalu banyak</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="64"/>
        <source>a file with that name already exists</source>
        <translation>sudah ada berkas dengan nama itu</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="66"/>
        <source>the name is not valid on this file system</source>
        <translation>namanya tidak sah di sistem berkas ini</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="68"/>
        <source>too many files are open; close some programs and try again</source>
        <translation>terlalu banyak berkas terbuka; tutup beberapa program lalu coba lagi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="70"/>
        <source>the folder is not empty</source>
        <translation>foldernya tidak kosong</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="72"/>
        <source>it cannot be moved between disks</source>
        <translation>tidak bisa dipindah antar-disk</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="74"/>
        <source>the network folder does not answer</source>
        <translation>folder jaringan tidak menjawab</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="76"/>
        <source>the network folder was disconnected; open the folder again</source>
        <translation>folder jaringan terputus; buka lagi foldernya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="78"/>
        <source>the device is not there (a drive or card removed?)</source>
        <translation>perangkatnya tidak ada (diska atau kartu dicabut?)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="80"/>
        <source>system error {name}{detail}</source>
        <translation>galat sistem {name}{detail}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="82"/>
        <source>Another program has locked the database {path}. Nothing is damaged; try again in a moment.</source>
        <translation>Basis data {path} sedang dikunci oleh program lain. Tidak ada yang rusak; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="85"/>
        <source>The database {path} is damaged ({problem}). Do not write to that file again; restore it from a good backup.</source>
        <translation>Basis data {path} rusak ({problem}). Jangan menulis ke berkas itu lagi; pulihkan dari cadangan yang baik (editorberita restore).</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="88"/>
        <source>The disk is full: {path} cannot be written. Free some disk space, then try again; nothing is lost.</source>
        <translation>Disk penuh: {path} tidak bisa ditulis. Kosongkan ruang disk, lalu ulangi; tidak ada yang hilang.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="91"/>
        <source>The database {path} can only be read (the disk, folder or file cannot be written); nothing was changed.</source>
        <translation>Basis data {path} hanya bisa dibaca (disk, folder atau berkasnya tidak bisa ditulis); tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="94"/>
        <source>The database {path} cannot be read or written (disk error: {problem}).</source>
        <translation>Basis data {path} tidak bisa dibaca atau ditulis (galat disk: {problem}).</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="97"/>
        <source>The file {path} is not an SQLite database (its header is damaged).</source>
        <translation>Berkas {path} bukan basis data SQLite (kepala berkasnya rusak).</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="100"/>
        <source>The database migration scripts were not found in {folder}: the EditorBerita installation is incomplete. Install the application again; the database was not changed.</source>
        <translation>Skrip migrasi basis data tidak ditemukan di {folder}: instalasi EditorBerita tidak lengkap. Pasang ulang aplikasinya; basis data tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="104"/>
        <source>The file {path} is another program&apos;s database, not EditorBerita&apos;s; it was not changed. Choose an EditorBerita database file or a new file name.</source>
        <translation>Berkas {path} adalah basis data program lain, bukan EditorBerita; berkas itu tidak diubah. Pilih berkas basis data EditorBerita atau nama berkas baru.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="108"/>
        <source>The database {path} was made by a newer EditorBerita (schema {version}); update the application to open it. The file was not changed.</source>
        <translation>Basis data {path} dibuat oleh EditorBerita yang lebih baru (skema {version}); perbarui aplikasi untuk membukanya. Berkas itu tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="112"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} adalah folder, bukan berkas basis data.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="114"/>
        <source>The database {path} could not be opened: {reason}</source>
        <translation>Basis data {path} tidak dapat dibuka: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="116"/>
        <source>The database {path} was not found.</source>
        <translation>Basis data {path} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="118"/>
        <source>The desk server {where} refused the user name or its password. Check both.</source>
        <translation>Server meja {where} menolak nama pengguna atau kata sandinya. Periksa keduanya (kata sandi: PGPASSWORD atau ~/.pgpass).</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="121"/>
        <source>The desk server for {where} has no such database. Check the name, or ask the server&apos;s administrator to create it (createdb).</source>
        <translation>Server meja untuk {where} tidak punya basis data itu. Periksa namanya, atau minta pengelola server membuatnya (createdb).</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="124"/>
        <source>The user {where} has no rights to read or change that desk. Ask the server&apos;s administrator to grant them (GRANT).</source>
        <translation>Pengguna {where} tidak punya hak membaca atau mengubah meja itu. Minta pengelola server memberi hak (GRANT).</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="127"/>
        <source>The disk of the desk server {where} is full; nothing is lost. Ask the server&apos;s administrator to free some space, then try again.</source>
        <translation>Disk server meja {where} penuh; tidak ada yang hilang. Minta pengelola server mengosongkan ruang, lalu ulangi.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="130"/>
        <source>The desk {where} is busy (locked by another editor). Nothing is damaged; try again in a moment.</source>
        <translation>Meja {where} sedang sibuk (terkunci penyunting lain). Tidak ada yang rusak; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="133"/>
        <source>The desk {where} can only be read at the moment; nothing was changed.</source>
        <translation>Meja {where} hanya bisa dibaca saat ini; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="136"/>
        <source>The desk server {where} cannot be reached (the server is off, the address or port is wrong, or the network is down). Nothing has been lost.</source>
        <translation>Server meja {where} tidak bisa dihubungi (server mati, alamat atau port salah, atau jaringan putus). Tidak ada yang hilang.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="140"/>
        <source>The database {path} holds a value no EditorBerita writes in an article (“{value}”); another program may have changed the file. Restore it from a backup.</source>
        <translation>Basis data {path} menyimpan nilai yang tidak sah di sebuah artikel (“{value}”); berkasnya mungkin diubah program lain. Pulihkan dari cadangan.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="144"/>
        <source>The database {path} uses schema {version}, not {head}; it cannot be opened read-only.</source>
        <translation>Basis data {path} memakai skema {version}, bukan {head}; tidak bisa dibuka hanya-baca.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="147"/>
        <source>The database {path} has no schema, not {head}; it cannot be opened read-only.</source>
        <translation>Basis data {path} memakai skema kosong, bukan {head}; tidak bisa dibuka hanya-baca.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="150"/>
        <source>The database {path} is damaged ({problem}); no good backup was made. The old backups are kept.</source>
        <translation>Basis data {path} rusak ({problem}); tidak ada cadangan baik yang dibuat. Cadangan lama tetap disimpan.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="153"/>
        <source>The database {path} is damaged ({problem}); no good backup was made. The old backups are kept. A copy as it is was kept in {kept} for technical support.</source>
        <translation>Basis data {path} rusak ({problem}); tidak ada cadangan baik yang dibuat. Cadangan lama tetap disimpan. Salinan apa adanya disimpan di {kept} untuk bantuan teknis.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="157"/>
        <source>The desk {where} was made by a newer EditorBerita (schema {version}); update the application to open it. The desk was not changed.</source>
        <translation>Meja {where} dibuat oleh EditorBerita yang lebih baru (skema {version}); perbarui aplikasi untuk membukanya. Meja itu tidak diubah.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="161"/>
        <source>The database {where} belongs to another program, not an EditorBerita desk; it was not changed. Choose an empty database or an EditorBerita desk.</source>
        <translation>Basis data {where} milik program lain, bukan meja EditorBerita; tidak diubah. Pilih basis data kosong atau meja EditorBerita.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="165"/>
        <source>The database {path} was not found; nothing was backed up.</source>
        <translation>Basis data {path} tidak ditemukan; tidak ada yang dicadangkan.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="167"/>
        <source>The backup target {path} is the database itself; choose another file. Nothing was backed up.</source>
        <translation>Tujuan cadangan {path} adalah basis data itu sendiri; pilih berkas lain. Tidak ada yang dicadangkan.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="170"/>
        <source>The disk is full: the backup {path} could not be written. Free some disk space or choose another target; the database is unchanged.</source>
        <translation>Disk penuh: cadangan {path} tidak bisa ditulis. Kosongkan ruang disk atau pilih tujuan lain; basis data tidak berubah.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="174"/>
        <source>The backup was not made. {reason}</source>
        <translation>Cadangan gagal dibuat. {reason}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="176"/>
        <source>The backup {path} was not made: {reason}</source>
        <translation>Cadangan {path} gagal dibuat: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="178"/>
        <source>The backup file {path} was not found.</source>
        <translation>Berkas cadangan {path} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="180"/>
        <source>The backup file {path} is damaged: {problem}</source>
        <translation>Berkas cadangan {path} rusak: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="182"/>
        <source>The file {path} is not an EditorBerita database.</source>
        <translation>Berkas {path} bukan basis data EditorBerita.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="184"/>
        <source>The database {path} is being written (an EditorBerita import or export); nothing was restored. Wait until it is done, then try again.</source>
        <translation>Basis data {path} sedang dipakai untuk menulis (impor atau ekspor EditorBerita); tidak ada yang dipulihkan. Tunggu sampai selesai, lalu ulangi.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="188"/>
        <source>Restoring from {path} failed: {reason}. The old database is safe in {kept}.</source>
        <translation>Pemulihan dari {path} gagal: {reason}. Basis data lama aman di {kept}.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="191"/>
        <source>The database {path} could not be copied before the restore: {reason}. Nothing was changed.</source>
        <translation>Basis data {path} tidak bisa disalin sebelum pemulihan: {reason}. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="194"/>
        <source>{name} is too large ({size}); the limit is {limit} MB. Make the photo smaller first.</source>
        <translation>{name} terlalu besar ({size}); batasnya {limit} MB. Perkecil dulu fotonya.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="197"/>
        <source>{name} is empty, not a picture.</source>
        <translation>{name} kosong, bukan gambar.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="199"/>
        <source>{name} is not a JPEG, PNG or WebP picture (its content is not recognised as a picture, whatever the file name).</source>
        <translation>{name} bukan gambar JPEG, PNG atau WebP (isinya tidak dikenali sebagai gambar, apa pun nama berkasnya).</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="202"/>
        <source>{name} is damaged: its size cannot be read.</source>
        <translation>{name} rusak: ukurannya tidak terbaca.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="204"/>
        <source>{name} is too large: {width} × {height} pixels (the limit is {megapixels} megapixels, {side} pixels on the longest side).</source>
        <translation>{name} terlalu besar: {width} × {height} piksel (batasnya {megapixels} megapiksel, sisi terpanjang {side} piksel).</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="207"/>
        <source>{name} is damaged or cut short (the file is incomplete); try copying the photo again.</source>
        <translation>{name} rusak atau terpotong (berkasnya tidak lengkap); coba salin ulang fotonya.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="210"/>
        <source>{name} could not be saved again ({reason}).</source>
        <translation>{name} tidak dapat disimpan ulang ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="212"/>
        <source>Article #{id} was not found.</source>
        <translation>Artikel #{id} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="214"/>
        <source>Rubric #{id} was not found.</source>
        <translation>Rubrik #{id} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="216"/>
        <source>Picture #{id} was not found.</source>
        <translation>Gambar #{id} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="218"/>
        <source>Revision #{id} was not found.</source>
        <translation>Revisi #{id} tidak ditemukan.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="220"/>
        <source>A rubric cannot be moved into itself.</source>
        <translation>Rubrik tidak bisa dipindah ke dalam dirinya sendiri.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="222"/>
        <source>The rubric “{name}” already exists there.</source>
        <translation>Rubrik “{name}” sudah ada di tempat itu.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="224"/>
        <source>The rubric name cannot be empty.</source>
        <translation>Nama rubrik tidak boleh kosong.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="226"/>
        <source>The rubric name is too long ({length} characters; the limit is {limit}).</source>
        <translation>Nama rubrik terlalu panjang ({length} karakter; batasnya {limit}).</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="229"/>
        <source>Rubrics go at most {limit} levels deep; this one would be level {depth}.</source>
        <translation>Rubrik paling dalam {limit} tingkat; yang ini akan menjadi tingkat ke-{depth}.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="232"/>
        <source>Unknown export format “{fmt}” (choose: {choices}).</source>
        <translation>Format ekspor “{fmt}” tidak dikenal (pilih: {choices}).</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="234"/>
        <source>{path} is not a folder.</source>
        <translation>{path} bukan folder.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="236"/>
        <source>Article #{id} is in the Trash: restore it first if it is really to be exported.</source>
        <translation>Artikel #{id} ada di Sampah: pulihkan dulu bila memang akan diekspor.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="239"/>
        <source>Article #{id} could not be exported: {reason}</source>
        <translation>Artikel #{id} gagal diekspor: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="241"/>
        <source>The export {path} was written but not recorded: {reason}</source>
        <translation>Ekspor {path} tertulis tetapi tidak tercatat: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="243"/>
        <source>Article #{id}: the address {address} is on this computer; the export leaves it out.</source>
        <translation>Artikel #{id}: alamat {address} ada di komputer ini; ekspor membuangnya.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="246"/>
        <source>The correction cannot be empty: write what was wrong and what is right.</source>
        <translation>Isi ralat tidak boleh kosong: tulis apa yang keliru dan yang benar.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="249"/>
        <source>The correction is too long ({length} characters; the limit is {limit}).</source>
        <translation>Isi ralat terlalu panjang ({length} karakter; batasnya {limit}).</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="252"/>
        <source>Headline</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="254"/>
        <source>Sub-headline</source>
        <translation>Subjudul</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="256"/>
        <source>Rubric</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="258"/>
        <source>Byline</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="260"/>
        <source>Initials</source>
        <translation>Inisial</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="262"/>
        <source>Dateline</source>
        <translation>Dateline</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="264"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="266"/>
        <source>SEO title</source>
        <translation>Judul SEO</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="268"/>
        <source>SEO description</source>
        <translation>Deskripsi SEO</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="270"/>
        <source>Body</source>
        <translation>Isi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="272"/>
        <source>Kind</source>
        <translation>Jenis naskah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="274"/>
        <source>{field} is not filled in yet.</source>
        <translation>{field} belum diisi.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="276"/>
        <source>{field}: {length} characters, over the limit of {limit}.</source>
        <translation>{field} {length} karakter, melebihi batas {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="278"/>
        <source>Sample text from the template not replaced yet: {text}</source>
        <translation>Teks contoh dari templat belum diganti: {text}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="280"/>
        <source>Double space: one space is enough.</source>
        <translation>Spasi ganda: cukup satu spasi.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="282"/>
        <source>Write “Rp” right before the amount (EYD): Rp50.000.</source>
        <translation>Tulis “Rp” rapat dengan angkanya (EYD): Rp50.000.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="284"/>
        <source>Day and month names take a capital letter: “{word}”.</source>
        <translation>Nama hari dan bulan ditulis dengan huruf kapital: “{word}”.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="286"/>
        <source>Day names take a capital letter: “{word}”.</source>
        <translation>Nama hari ditulis dengan huruf kapital: “{word}”.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="288"/>
        <source>Straight quotation mark: use curly ones (“…” or ’).</source>
        <translation>Tanda kutip lurus: pakai tanda kutip melengkung (“…” atau ’).</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="290"/>
        <source>A quotation mark is closed but never opened.</source>
        <translation>Tanda kutip ditutup tanpa pernah dibuka.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="292"/>
        <source>A quotation mark is opened but not closed.</source>
        <translation>Tanda kutip dibuka tetapi tidak ditutup.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="294"/>
        <source>This line runs on from the line above in one paragraph. For a new paragraph leave a blank line (Enter); for a line break inside the paragraph use Shift+Enter.</source>
        <translation>Baris ini menyambung ke baris di atasnya dalam satu paragraf. Untuk paragraf baru beri baris kosong (Enter); untuk pindah baris di dalam paragraf pakai Shift+Enter.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="298"/>
        <source>Spelling: “{word}” is not in the dictionary.</source>
        <translation>Ejaan: “{word}” tidak ada di kamus.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="300"/>
        <source>The address {address} is on this computer, not on the internet: readers will not see it, so the export leaves it out. Insert the photo or link to its published page.</source>
        <translation>Alamat {address} ada di komputer ini, bukan di internet: pembaca tidak akan melihatnya, jadi ekspor membuangnya. Sisipkan fotonya atau tautkan halaman terbitnya.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="304"/>
        <source>This article looks like an advertorial, but its kind is not Advertorial: the label “{label}” will not be printed in the export.</source>
        <translation>Naskah ini tampak seperti advertorial, tetapi jenisnya bukan Advertorial: label “{label}” tidak akan tercetak di ekspor.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="307"/>
        <source>The status “Corrected” needs a correction record: add a correction that says what was put right.</source>
        <translation>Status “Ralat” perlu catatan ralat: tambahkan ralat yang menjelaskan apa yang diperbaiki.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="310"/>
        <source>The body changed since it was exported, but no correction explains it yet: add a correction if the change puts a mistake right.</source>
        <translation>Isi berubah sejak diekspor, tetapi belum ada ralat yang menjelaskannya: tambahkan ralat bila perubahan itu memperbaiki kekeliruan.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="313"/>
        <source>{finding} (EYD V: {url})</source>
        <translation>{finding} (EYD V: {url})</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="315"/>
        <source>The date {date} is not in the calendar.</source>
        <translation>Tanggal {date} tidak ada di kalender.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="317"/>
        <source>The day does not match the date: {date} falls on {right}, not {day}.</source>
        <translation>Hari tidak cocok dengan tanggal: {date} jatuh pada hari {right}, bukan {day}.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="319"/>
        <source>The preposition “di” is written apart: “{words}”.</source>
        <translation>Kata depan “di” ditulis terpisah: “{words}”.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="321"/>
        <source>The preposition “ke” is written apart: “{words}”.</source>
        <translation>Kata depan “ke” ditulis terpisah: “{words}”.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="323"/>
        <source>The prefix “di-” is written joined: “{word}”.</source>
        <translation>Awalan “di-” ditulis serangkai: “{word}”.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="325"/>
        <source>The prefix “ke-” of an ordinal number is written joined: “{word}”.</source>
        <translation>Awalan “ke-” pada bilangan tingkat ditulis serangkai: “{word}”.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="327"/>
        <source>Do not start a sentence with digits: write the number in words or rearrange the sentence.</source>
        <translation>Kalimat jangan diawali angka: tulis bilangannya dengan huruf atau ubah susunan kalimatnya.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="330"/>
        <source>Numbers one to nine in running text are written in words: “{word}”.</source>
        <translation>Bilangan satu sampai sembilan dalam teks ditulis dengan huruf: “{word}”.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="332"/>
        <source>Separate thousands with a point: “{number}”.</source>
        <translation>Pisahkan ribuan dengan titik: “{number}”.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="334"/>
        <source>The thousands separator is a point, not a comma: “{number}”.</source>
        <translation>Pemisah ribuan adalah titik, bukan koma: “{number}”.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="336"/>
        <source>The rupiah is abbreviated “Rp” (capital R, small p), right before the amount.</source>
        <translation>Singkatan rupiah ditulis “Rp” (R kapital, p kecil), rapat dengan angkanya.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="339"/>
        <source>No “,-” after a rupiah amount: write “Rp50.000” or “Rp50.000,00”.</source>
        <translation>Tanpa “,-” di belakang jumlah rupiah: tulis “Rp50.000” atau “Rp50.000,00”.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="341"/>
        <source>“Rp” goes before the amount: “Rp50.000”, not “50.000 Rp”.</source>
        <translation>“Rp” ditulis di depan angkanya: “Rp50.000”, bukan “50.000 Rp”.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="343"/>
        <source>Style hint: formal writing uses “{formal}”, not “{word}”.</source>
        <translation>Saran gaya: dalam ragam baku pakai “{formal}”, bukan “{word}”.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="345"/>
        <source>the site {name}</source>
        <translation>situs {name}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="347"/>
        <source>The site {name}</source>
        <translation>Situs {name}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="349"/>
        <source>The site name “{name}” cannot be used.</source>
        <translation>Nama situs “{name}” tidak bisa dipakai.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="351"/>
        <source>The site address “{url}” is not a web address (https://…).</source>
        <translation>Alamat situs “{url}” bukan alamat web (https://…).</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="353"/>
        <source>The WordPress user name is not filled in yet.</source>
        <translation>Nama pengguna WordPress belum diisi.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="355"/>
        <source>{site} is marked as running on this computer, but its address {host} is not this computer (127.0.0.1/localhost).</source>
        <translation>{site} ditandai lokal, tetapi alamatnya {host} bukan komputer ini (127.0.0.1/localhost).</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="358"/>
        <source>{site} uses http:// without encryption: the password would be sent in the open. Use https://, or mark the site as running on this computer if it does.</source>
        <translation>{site} memakai http:// tanpa enkripsi: kata sandi akan terkirim terbuka. Pakai https://, atau tandai situs lokal (--local) bila situs berjalan di komputer ini.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="362"/>
        <source>The list of sites {path} cannot be read ({reason}).</source>
        <translation>Daftar situs {path} tidak bisa dibaca ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="364"/>
        <source>The site “{name}” is not known (sites: {known}).</source>
        <translation>Situs “{name}” tidak dikenal (situs: {known}).</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="366"/>
        <source>none yet; add one under File → Sites…</source>
        <translation>belum ada; tambah dengan “editorberita site add”</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="368"/>
        <source>The application password for {site} is not in {where}. Enter it under File → Sites…, or set {env}.</source>
        <translation>Kata sandi aplikasi untuk {site} tidak ada di {where}. Simpan dengan “editorberita site add”, atau setel {env}.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="371"/>
        <source>the system keyring</source>
        <translation>gantungan kunci sistem</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="373"/>
        <source>the system keyring (there is none on this computer)</source>
        <translation>gantungan kunci sistem (tidak tersedia di komputer ini)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="375"/>
        <source>{site} points to {address}, not https://: the password is not sent over an open connection.</source>
        <translation>{site} mengarah ke {address}, bukan https://: kata sandi tidak dikirim lewat sambungan terbuka.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="378"/>
        <source>The TLS certificate of {site} is not valid ({detail}); the connection was stopped so the password does not leak. Check the site address or ask the site&apos;s administrator to renew the certificate.</source>
        <translation>Sertifikat TLS {site} tidak sah ({detail}); sambungan dihentikan supaya kata sandi tidak bocor. Periksa alamat situs atau minta pengelola situs memperbarui sertifikatnya.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="382"/>
        <source>The secure connection (TLS) to {site} failed ({detail}).</source>
        <translation>Sambungan aman (TLS) ke {site} gagal ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="384"/>
        <source>{site} did not answer within {seconds} seconds; the article waits in the outbox.</source>
        <translation>{site} tidak menjawab dalam {seconds} detik; artikel menunggu di kotak keluar.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="387"/>
        <source>{site} cannot be reached ({detail}); the article waits in the outbox and is sent when the site answers again.</source>
        <translation>{site} tidak bisa dihubungi ({detail}); artikel menunggu di kotak keluar dan dikirim saat situs menjawab lagi.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="390"/>
        <source>No WordPress REST API was found at {url}: the site does not announce /wp-json/ and ?rest_route=/ does not answer. The REST API may be turned off (a security plugin), or this is not a WordPress site.</source>
        <translation>REST API WordPress tidak ditemukan di {url}: situs tidak mengumumkan /wp-json/ dan ?rest_route=/ tidak menjawab. REST API mungkin dimatikan (plugin keamanan), atau ini bukan situs WordPress.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="394"/>
        <source>{site} redirects {route} to {target}. Check the site address (https://, www) and test again.</source>
        <translation>{site} mengalihkan {route} ke {target}. Periksa alamat situs (https://, www) dan uji lagi.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="397"/>
        <source>another address</source>
        <translation>alamat lain</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="399"/>
        <source> (the site says: {text})</source>
        <translation> (situs: {text})</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="401"/>
        <source>{site} treats this request as if nobody were logged in. First check the user name “{user}” and its application password (made under Profile → Application Passwords, not the usual login password). If both are right, the site&apos;s server drops the Authorization header (a common problem of Apache with PHP CGI/FastCGI): ask the site&apos;s administrator to pass it on, for example with “SetEnvIf Authorization (.*) HTTP_AUTHORIZATION=$1” in .htaccess.{said}</source>
        <translation>{site} memperlakukan permintaan ini seolah tanpa tanda masuk. Periksa dulu nama pengguna “{user}” dan kata sandi aplikasinya (dibuat di Profil → Kata Sandi Aplikasi, bukan kata sandi masuk biasa). Bila keduanya benar, server situs membuang header Authorization (masalah umum Apache dengan PHP CGI/FastCGI): minta pengelola situs meneruskannya, misalnya dengan “SetEnvIf Authorization (.*) HTTP_AUTHORIZATION=$1” di .htaccess.{said}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="409"/>
        <source>{site} refuses the user name “{user}” or its application password. Check both (the application password is made under Profile → Application Passwords, not the usual login password).{said}</source>
        <translation>{site} menolak nama pengguna “{user}” atau kata sandi aplikasinya. Periksa keduanya (kata sandi aplikasi dibuat di Profil → Kata Sandi Aplikasi, bukan kata sandi masuk biasa).{said}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="413"/>
        <source>The user “{user}” has no right to do this on {site}{said}.</source>
        <translation>Pengguna “{user}” tidak punya hak untuk ini di {site}{said}.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="415"/>
        <source>The REST API of {site} does not answer at {route}: the REST API may be turned off (a security plugin) or the site address is wrong.{said}</source>
        <translation>REST API {site} tidak menjawab di {route}: REST API mungkin dimatikan (plugin keamanan) atau alamat situs salah.{said}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="418"/>
        <source>{site} refuses the file as too large (413). Make the picture smaller or ask the site&apos;s administrator to raise the upload limit.{said}</source>
        <translation>{site} menolak berkas karena terlalu besar (413). Perkecil gambar atau minta pengelola situs menaikkan batas unggahan.{said}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="421"/>
        <source>{site} has a problem of its own (error {status}); it is tried again later.{said}</source>
        <translation>{site} sedang bermasalah (galat {status}); dicoba lagi nanti.{said}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="424"/>
        <source>{site} refused the request (error {detail}){said}.</source>
        <translation>{site} menolak permintaan (galat {detail}){said}.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="426"/>
        <source>Unknown status “{status}” (choose: {choices}).</source>
        <translation>Status “{status}” tidak dikenal (pilih: {choices}).</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="428"/>
        <source>The rubric “{path}” does not exist on {site} yet (slug “{slug}”), and the user “{user}” may not make categories. Ask the site&apos;s editor to make that category, then send again.</source>
        <translation>Rubrik “{path}” belum ada di {site} (slug “{slug}”), dan pengguna “{user}” tidak boleh membuat kategori. Minta redaktur situs membuat kategori itu, lalu kirim lagi.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="432"/>
        <source>The user “{user}” may not upload pictures to {site}, and this article has pictures. Ask for the Author role or higher, or send it without pictures.</source>
        <translation>Pengguna “{user}” tidak boleh mengunggah gambar ke {site}, padahal artikel ini bergambar. Minta hak Penulis (Author) atau lebih, atau kirim tanpa gambar.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="436"/>
        <source>{site} did not return a media number for the uploaded picture; try sending again.</source>
        <translation>{site} tidak mengembalikan nomor media untuk gambar yang diunggah; coba kirim lagi.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="439"/>
        <source>The user “{user}” may not publish on the site {name}; the article was sent for review (pending).</source>
        <translation>Pengguna “{user}” tidak boleh menerbitkan di situs {name}; artikel dikirim untuk ditinjau (pending).</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="442"/>
        <source>The tags {tags} do not exist on {site} yet and this user may not make them; the article was sent without them.</source>
        <translation>Tag {tags} belum ada di {site} dan pengguna ini tidak boleh membuatnya; artikel dikirim tanpa tag itu.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="445"/>
        <source>Post #{post} is no longer on the site {name}; the article was sent as a new post.</source>
        <translation>Pos #{post} sudah tidak ada di situs {name}; artikel dikirim sebagai pos baru.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="448"/>
        <source>“{headline}”: {count} picture(s) ({names}) were never sent to the site, so they are left out: the WordPress importer can only fetch pictures from web addresses, not from the desk computer. Send that article to the site once (Send to site), or upload the pictures under Media.</source>
        <translation>“{headline}”: {count} gambar ({names}) belum pernah dikirim ke situs, jadi tidak ikut: pengimpor WordPress hanya bisa mengambil gambar dari alamat web, bukan dari komputer desk. Kirim artikel itu sekali ke situs (Kirim ke situs), atau unggah gambarnya lewat Media.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="454"/>
        <source>{name} is not a text file (it holds binary data, such as a photo or a document). Choose a text file with one word a line.</source>
        <translation>{name} bukan berkas teks (isinya biner, misalnya foto atau dokumen). Pilih berkas teks berisi satu kata per baris.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="458"/>
        <source>{name} is not UTF-8 text (line {line} cannot be read). Save the list as UTF-8 again, then import it.</source>
        <translation>{name} bukan teks UTF-8 (baris {line} tidak terbaca). Simpan ulang daftarnya sebagai UTF-8, lalu impor lagi.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="462"/>
        <source>{name} is too large for a word list ({size}; at most {limit} MB).</source>
        <translation>{name} terlalu besar untuk daftar kata ({size}; paling besar {limit} MB).</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="464"/>
        <source>“{word}” cannot be added to the dictionary: one word only, at most {limit} characters.</source>
        <translation>“{word}” tidak bisa ditambahkan ke kamus: satu kata saja, paling panjang {limit} huruf.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/messages.py" line="468"/>
        <source>“{word}” cannot be added to the dictionary: it holds a control character.</source>
        <translation>“{word}” tidak bisa ditambahkan ke kamus: ada karakter kendali di dalamnya.</translation>
    </message>
</context>
<context>
    <name>CorrectionsBox</name>
    <message>
        <location filename="../../src/editorberita/ui/record.py" line="63"/>
        <source>Correction: what was wrong and what is right</source>
        <translation>Ralat: apa yang keliru dan yang benar</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/record.py" line="64"/>
        <source>Add correction</source>
        <translation>Tambah ralat</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/record.py" line="67"/>
        <source>Printed under the text of every export with its date and time, as the Dewan Pers guideline asks</source>
        <translation>Dicetak di bawah teks setiap ekspor beserta tanggal dan jamnya, sesuai pedoman Dewan Pers</translation>
    </message>
</context>
<context>
    <name>CounterLabel</name>
    <message>
        <location filename="../../src/editorberita/ui/formfields.py" line="50"/>
        <source>{count} characters; the limit is {limit}</source>
        <translation>{count} karakter; batasnya {limit}</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../src/editorberita/ui/damageddialog.py" line="36"/>
        <source>The database is damaged</source>
        <translation>Basis data rusak</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/damageddialog.py" line="38"/>
        <source>The database {path} is damaged, so EditorBerita will not write to it: that could make things worse. Nothing has been deleted.</source>
        <translation>Basis data {path} rusak, jadi EditorBerita tidak akan menulis ke dalamnya karena bisa memperparah kerusakan. Tidak ada yang dihapus.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/damageddialog.py" line="42"/>
        <source>The newest good backup is from {date}. Open it read-only first to check that it holds your work; you can then restore it. The damaged file is kept in the backups folder.</source>
        <translation>Cadangan baik terbaru dibuat {date}. Buka dulu dalam mode hanya-baca untuk memeriksa isinya; sesudah itu Anda bisa memulihkannya. Berkas yang rusak tetap disimpan di folder cadangan.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/damageddialog.py" line="47"/>
        <source>No good backup was found. Keep the file and ask your support desk for help.</source>
        <translation>Tidak ada cadangan yang baik. Simpan berkas ini dan minta bantuan bagian dukungan teknis.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/damageddialog.py" line="57"/>
        <source>Open the backup (read-only)</source>
        <translation>Buka cadangan (hanya-baca)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/damageddialog.py" line="60"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/damageddialog.py" line="67"/>
        <source>What SQLite reported:</source>
        <translation>Laporan SQLite:</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/editorberita/ui/datefields.py" line="98"/>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation>Pilih di kalender (Alt+Bawah)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/datefields.py" line="123"/>
        <source>Not a date: type it like 23/07/2024, 23-7-2024 or 23 Juli 2024</source>
        <translation>Bukan tanggal: ketik seperti 23/07/2024, 23-7-2024 atau 23 Juli 2024</translation>
    </message>
</context>
<context>
    <name>DeskCollaboration</name>
    <message>
        <location filename="../../src/editorberita/ui/deskcollab.py" line="200"/>
        <source>Take over the article?</source>
        <translation>Ambil alih artikel?</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskcollab.py" line="201"/>
        <source>{editor} ({machine}) is editing this article. If you take it over, their last saved text is kept as a revision and this PC edits it from now on.</source>
        <translation>{editor} ({machine}) sedang menyunting artikel ini. Bila Anda mengambil alih, teks terakhir yang mereka simpan disimpan sebagai revisi dan PC ini yang menyuntingnya mulai sekarang.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskcollab.py" line="228"/>
        <source>Being edited by {editor} ({machine}) since {time}.</source>
        <translation>Sedang disunting oleh {editor} ({machine}) sejak {time}.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskcollab.py" line="266"/>
        <source>Take over</source>
        <translation>Ambil alih</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskcollab.py" line="404"/>
        <source>{headline} (copy)</source>
        <translation>{headline} (salinan)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskcollab.py" line="407"/>
        <source>The article could not be saved</source>
        <translation>Artikel tidak dapat disimpan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskcollab.py" line="415"/>
        <source>The desk server cannot be reached. Keep typing: your text is safe on this PC and is saved to the server when it is back.</source>
        <translation>Server meja tidak bisa dihubungi. Teruslah mengetik: teks Anda aman di PC ini dan disimpan ke server begitu server kembali.</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../src/editorberita/ui/desks.py" line="163"/>
        <source>Connect to shared des&amp;k…</source>
        <extracomment>The desk to switch to: a server URL (no password) or the local desk file&apos;s Path.</extracomment>
        <translation>Sambungkan ke &amp;meja bersama…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desks.py" line="165"/>
        <source>Work on a shared desk on the newsroom&apos;s PostgreSQL server</source>
        <translation>Bekerja di meja bersama pada server PostgreSQL redaksi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desks.py" line="166"/>
        <source>&amp;Local desk</source>
        <translation>Meja &amp;lokal</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desks.py" line="167"/>
        <source>Go back to the desk kept on this computer</source>
        <translation>Kembali ke meja yang tersimpan di komputer ini</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desks.py" line="210"/>
        <source>Connect to shared desk</source>
        <translation>Sambungkan ke meja bersama</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desks.py" line="211"/>
        <source>This computer has no system keyring, so the password is kept only until EditorBerita closes; it is asked again at the next start.</source>
        <translation>Komputer ini tidak punya gantungan kunci sistem, jadi kata sandi hanya disimpan sampai EditorBerita ditutup; kata sandi ditanyakan lagi saat dibuka berikutnya.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desks.py" line="218"/>
        <source>This is already the local desk.</source>
        <translation>Ini sudah meja lokal.</translation>
    </message>
</context>
<context>
    <name>DeskError</name>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="48"/>
        <source>The desk server {where} cannot be reached: the server is off, the address or port is wrong, or the network is down. Nothing has been lost.</source>
        <translation>Server meja {where} tidak bisa dihubungi: servernya mati, alamat atau port-nya salah, atau jaringannya putus. Tidak ada yang hilang.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="53"/>
        <source>The desk server {where} refused the user name {user} or its password. Check both.</source>
        <translation>Server meja {where} menolak nama pengguna {user} atau kata sandinya. Periksa keduanya.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="57"/>
        <source>The desk server {where} has no database named {database}. Check the name, or ask the server&apos;s administrator to create it (createdb).</source>
        <translation>Server meja {where} tidak punya basis data bernama {database}. Periksa namanya, atau minta pengelola server membuatnya (createdb).</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/connectdialog.py" line="62"/>
        <source>The user {user} has no rights to read or change the desk {database}. Ask the server&apos;s administrator to grant them (GRANT).</source>
        <translation>Pengguna {user} tidak punya hak membaca atau mengubah meja {database}. Minta pengelola server memberikannya (GRANT).</translation>
    </message>
</context>
<context>
    <name>DeskTools</name>
    <message>
        <source>&amp;Check article</source>
        <translation>&amp;Periksa naskah</translation>
    </message>
    <message>
        <source>List what to fix before export: missing fields, spelling, quotes, spaces</source>
        <translation>Daftar yang perlu dibereskan sebelum ekspor: kolom kosong, ejaan, tanda kutip, spasi</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
    <message>
        <source>Desk &amp;word list…</source>
        <translation>&amp;Kamus redaksi…</translation>
    </message>
    <message>
        <source>The spelling words shared by everyone on this database</source>
        <translation>Kata ejaan yang dipakai bersama semua pengguna basis data ini</translation>
    </message>
    <message>
        <source>New from &amp;template</source>
        <translation>Baru dari &amp;templat</translation>
    </message>
    <message>
        <source>New article from the “{kind}” template</source>
        <translation>Artikel baru dari templat “{kind}”</translation>
    </message>
    <message>
        <source>Spell checking is not available: {error}</source>
        <translation>Pemeriksa ejaan tidak tersedia: {error}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Bahasa baru dipakai mulai saat aplikasi dibuka lagi.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Sub-headline</source>
        <translation>Subjudul</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Inisial</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Tempat berita</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="vanished">Teras</translation>
    </message>
    <message>
        <source>SEO title</source>
        <translation>Judul di mesin pencari</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>SEO description</source>
        <translation>Deskripsi di mesin pencari</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message numerus="yes">
        <source>This article still has %n problem(s), for example:</source>
        <translation>
            <numerusform>Naskah ini masih punya %n masalah, antara lain:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) still have problems, for example:</source>
        <translation>
            <numerusform>%n artikel masih bermasalah, antara lain:</numerusform>
        </translation>
    </message>
    <message>
        <source>Check before export</source>
        <translation>Periksa sebelum ekspor</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Tetap ekspor</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Tampilkan masalah</translation>
    </message>
</context>
<context>
    <name>DeskUnavailableDialog</name>
    <message>
        <location filename="../../src/editorberita/ui/deskunavailable.py" line="22"/>
        <source>The shared desk did not open</source>
        <translation>Meja bersama tidak terbuka</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskunavailable.py" line="25"/>
        <source>You can try again, change the connection, or work on the local desk of this computer meanwhile.</source>
        <translation>Anda bisa mencoba lagi, mengubah sambungan, atau sementara bekerja di meja lokal komputer ini.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskunavailable.py" line="27"/>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskunavailable.py" line="30"/>
        <source>Change connection…</source>
        <translation>Ubah sambungan…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskunavailable.py" line="32"/>
        <source>Open the local desk</source>
        <translation>Buka meja lokal</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskunavailable.py" line="34"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>DeskWordsDialog</name>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="67"/>
        <location filename="../../src/editorberita/ui/deskwords.py" line="228"/>
        <source>Desk word list</source>
        <translation>Kamus redaksi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="70"/>
        <source>Words the spell checker accepts for everyone using this database: names of places, offices and people.</source>
        <translation>Kata yang diterima pemeriksa ejaan untuk semua pengguna basis data ini: nama tempat, instansi, dan orang.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="74"/>
        <source>This database is open read-only (another EditorBerita window has it open): the list can be read and exported, not changed.</source>
        <translation>Basis data ini terbuka hanya-baca (sedang dibuka jendela EditorBerita lain): daftar bisa dibaca dan diekspor, tetapi tidak bisa diubah.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="83"/>
        <source>New word, e.g. Diskominfo</source>
        <translation>Kata baru, mis. Diskominfo</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="85"/>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="87"/>
        <source>Add the word to the list (Enter)</source>
        <translation>Tambahkan kata ke daftar (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="94"/>
        <source>Filter the list…</source>
        <translation>Saring daftar…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="119"/>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="121"/>
        <source>Remove the selected words (Delete)</source>
        <translation>Hapus kata yang dipilih (tombol Del)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="122"/>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="124"/>
        <source>Add the words of a text file, one word a line</source>
        <translation>Tambahkan kata dari berkas teks, satu kata per baris</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="125"/>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="127"/>
        <source>Save the list as a text file, one word a line</source>
        <translation>Simpan daftar sebagai berkas teks, satu kata per baris</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="160"/>
        <source>Read-only: no new words</source>
        <translation>Hanya-baca: tidak bisa menambah kata</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/deskwords.py" line="200"/>
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln kata</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="202"/>
        <source>{shown} of {total}</source>
        <translation>{shown} dari {total}</translation>
    </message>
    <message>
        <source>“{word}” cannot be added: one word only, without spaces, at most 100 characters.</source>
        <translation>“{word}” tidak bisa ditambahkan: satu kata saja, tanpa spasi, paling panjang 100 karakter.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="246"/>
        <source>“{word}” added.</source>
        <translation>“{word}” ditambahkan.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="247"/>
        <source>“{word}” is on the list already.</source>
        <translation>“{word}” sudah ada di daftar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/deskwords.py" line="256"/>
        <source>Remove %n word(s) from the desk word list? The spell checker will mark them again for everyone using this database.</source>
        <translation>
            <numerusform>Hapus %n kata dari kamus redaksi? Pemeriksa ejaan akan menandainya lagi untuk semua pengguna basis data ini.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="259"/>
        <source>Remove “{word}” from the desk word list? The spell checker will mark it again for everyone using this database.</source>
        <translation>Hapus “{word}” dari kamus redaksi? Pemeriksa ejaan akan menandainya lagi untuk semua pengguna basis data ini.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="262"/>
        <source>Remove words</source>
        <translation>Hapus kata</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/deskwords.py" line="266"/>
        <source>%n word(s) removed.</source>
        <translation>
            <numerusform>%n kata dihapus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="283"/>
        <source>The word list could not be changed: {error}</source>
        <translation>Daftar kata tidak bisa diubah: {error}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="295"/>
        <source>Import word list</source>
        <translation>Impor daftar kata</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="296"/>
        <source>Word lists (*.txt *.dic *.lst);;All files (*)</source>
        <translation>Daftar kata (*.txt *.dic *.lst);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="308"/>
        <source>{file} holds no words to import (one word a line).</source>
        <translation>{file} tidak berisi kata untuk diimpor (satu kata per baris).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/deskwords.py" line="314"/>
        <source>%n new word(s) imported from {file}.</source>
        <translation>
            <numerusform>%n kata baru diimpor dari {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/deskwords.py" line="318"/>
        <source>%n were on the list already.</source>
        <translation>
            <numerusform>%n kata sudah ada di daftar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="320"/>
        <source>line {line} “{text}”</source>
        <translation>baris {line} “{text}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/deskwords.py" line="322"/>
        <source>%n line(s) skipped (not one word): {lines}.</source>
        <translation>
            <numerusform>%n baris dilewati (bukan satu kata): {lines}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="332"/>
        <source>Export word list</source>
        <translation>Ekspor daftar kata</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/deskwords.py" line="333"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Berkas teks (*.txt);;Semua berkas (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/deskwords.py" line="345"/>
        <source>%Ln word(s) saved to {file}.</source>
        <translation>
            <numerusform>%Ln kata disimpan ke {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../src/editorberita/ui/errordialog.py" line="28"/>
        <source>Unexpected error</source>
        <translation>Galat tak terduga</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/errordialog.py" line="30"/>
        <source>Something went wrong: {message}

Your work is saved automatically. If this happens again, please send the details below to your support desk.</source>
        <translation>Terjadi kesalahan: {message}

Pekerjaan Anda tersimpan otomatis. Bila ini terjadi lagi, kirimkan rincian di bawah ke bagian dukungan.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/errordialog.py" line="40"/>
        <source>Copy details</source>
        <translation>Salin rincian</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/errordialog.py" line="53"/>
        <source>Copied</source>
        <translation>Tersalin</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export to folder</source>
        <translation>Ekspor ke folder</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>Halaman HTML</translation>
    </message>
    <message>
        <source>HTML fragment</source>
        <translation>Potongan HTML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="vanished">Ekspor</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Exporting articles…</source>
        <translation>Mengekspor artikel…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>{done} of {total} articles exported to {folder}</source>
        <translation>{done} dari {total} artikel diekspor ke {folder}</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(dibatalkan)</translation>
    </message>
    <message>
        <source>Pictures without alt text</source>
        <translation>Gambar tanpa teks alternatif</translation>
    </message>
    <message>
        <source>Export anyway?</source>
        <translation>Tetap ekspor?</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Diekspor ke {path}</translation>
    </message>
    <message>
        <source>Copy HTML failed</source>
        <translation>Gagal menyalin HTML</translation>
    </message>
    <message numerus="yes">
        <source>HTML copied to the clipboard, with %n picture(s) inside.</source>
        <translation>
            <numerusform>HTML disalin ke papan klip, berikut %n gambar di dalamnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>HTML copied to the clipboard.</source>
        <translation>HTML disalin ke papan klip.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="52"/>
        <source>Export as HTML &amp;page…</source>
        <extracomment>The summary of the last batch export that went wrong (shown, not waited for).</extracomment>
        <translation>Ekspor sebagai &amp;halaman HTML…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="54"/>
        <source>Export as HTML &amp;fragment…</source>
        <translation>Ekspor sebagai &amp;potongan HTML…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="56"/>
        <source>Export as &amp;Markdown…</source>
        <translation>Ekspor sebagai &amp;Markdown…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="58"/>
        <source>Export &amp;selected articles…</source>
        <translation>Ekspor artikel &amp;terpilih…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="60"/>
        <source>Export the whole rubric or &amp;view…</source>
        <translation>Ekspor seluruh rubrik atau &amp;tampilan…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="62"/>
        <source>&amp;Copy HTML</source>
        <translation>&amp;Salin HTML</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="63"/>
        <source>Copy the article as HTML for the CMS</source>
        <translation>Salin artikel sebagai HTML untuk CMS</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="64"/>
        <source>Open in &amp;browser</source>
        <translation>Buka di &amp;peramban</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="69"/>
        <source>Export to folder</source>
        <translation>Ekspor ke folder</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="77"/>
        <source>HTML page</source>
        <translation>Halaman HTML</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="77"/>
        <source>HTML fragment</source>
        <translation>Potongan HTML</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="78"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="84"/>
        <location filename="../../src/editorberita/ui/exporting.py" line="99"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="84"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="97"/>
        <source>Exporting articles…</source>
        <translation>Mengekspor artikel…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="97"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="115"/>
        <location filename="../../src/editorberita/ui/exporting.py" line="154"/>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="119"/>
        <source>{done} of {total} articles exported to {folder}</source>
        <translation>{done} dari {total} artikel diekspor ke {folder}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="122"/>
        <source>(cancelled)</source>
        <translation>(dibatalkan)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="142"/>
        <source>Pictures without alt text</source>
        <translation>Gambar tanpa teks alternatif</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="143"/>
        <source>Export anyway?</source>
        <translation>Tetap ekspor?</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="158"/>
        <source>Exported to {path}</source>
        <translation>Diekspor ke {path}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="203"/>
        <source>Copy HTML failed</source>
        <translation>Gagal menyalin HTML</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/exporting.py" line="206"/>
        <source>HTML copied to the clipboard, with %n picture(s) inside.</source>
        <translation>
            <numerusform>HTML disalin ke papan klip, berikut %n gambar di dalamnya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="207"/>
        <source>HTML copied to the clipboard.</source>
        <translation>HTML disalin ke papan klip.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="224"/>
        <source>No web browser</source>
        <translation>Tidak ada peramban</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="225"/>
        <source>No web browser could be started on this computer. The page is saved here; open it with a browser:
{path}</source>
        <translation>Tidak ada peramban web yang dapat dijalankan di komputer ini. Halamannya disimpan di sini; bukalah dengan peramban:
{path}</translation>
    </message>
</context>
<context>
    <name>ExportSummaryDialog</name>
    <message>
        <location filename="../../src/editorberita/ui/exportsummary.py" line="30"/>
        <source>Export finished</source>
        <translation>Ekspor selesai</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exportsummary.py" line="31"/>
        <source>Export finished with problems</source>
        <translation>Ekspor selesai dengan masalah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exportsummary.py" line="32"/>
        <source>{done} of {total} articles exported to {folder}.</source>
        <translation>{done} dari {total} artikel diekspor ke {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exportsummary.py" line="35"/>
        <source>The export was cancelled.</source>
        <translation>Ekspor dibatalkan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/exportsummary.py" line="37"/>
        <source>%n article(s) were not exported; no partial file was left behind. The reasons:</source>
        <translation>
            <numerusform>%n artikel tidak diekspor; tidak ada berkas setengah jadi yang tertinggal. Alasannya:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="38"/>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="41"/>
        <source>Replace with</source>
        <translation>Ganti dengan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="42"/>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="43"/>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="44"/>
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="45"/>
        <source>Replace All</source>
        <translation>Ganti semua</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="46"/>
        <source>Whole word</source>
        <translation>Kata utuh</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="47"/>
        <source>Match upper/lower case</source>
        <translation>Cocokkan huruf besar/kecil</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="48"/>
        <source>Find “Banjir” but not “banjir”</source>
        <translation>Temukan “Banjir”, bukan “banjir”</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Huruf besar/kecil</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="49"/>
        <source>Regular expression</source>
        <translation>Ekspresi reguler</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="53"/>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/findreplace.py" line="164"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n diganti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="241"/>
        <source>Invalid expression: {error}</source>
        <translation>Ekspresi tidak sah: {error}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="246"/>
        <source>Not found</source>
        <translation>Tidak ditemukan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="262"/>
        <source>{current} of {total}</source>
        <translation>{current} dari {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/findreplace.py" line="265"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n temuan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuardRails</name>
    <message>
        <location filename="../../src/editorberita/ui/guardrails.py" line="48"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/guardrails.py" line="57"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/guardrails.py" line="59"/>
        <source>Bring the articles just moved to the Trash back</source>
        <translation>Kembalikan artikel yang baru dibuang</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/guardrails.py" line="92"/>
        <source>Move to &amp;rubric</source>
        <translation>Pindahkan ke &amp;rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/guardrails.py" line="98"/>
        <source>Uncategorised</source>
        <translation>Tanpa rubrik</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/guardrails.py" line="160"/>
        <source>%n article(s) moved to the Trash</source>
        <translation>
            <numerusform>%n artikel dibuang ke Sampah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/guardrails.py" line="179"/>
        <source>%n article(s) restored</source>
        <translation>
            <numerusform>%n artikel dipulihkan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/guardrails.py" line="206"/>
        <source>This article is in the Trash: restore it to edit it.</source>
        <translation>Di Sampah — pulihkan artikel ini untuk menyuntingnya.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/guardrails.py" line="207"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/guardrails.py" line="234"/>
        <source>Restored from the Trash.</source>
        <translation>Dipulihkan dari Sampah.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/guardrails.py" line="257"/>
        <source>Not marked “{status}”</source>
        <translation>Tidak ditandai “{status}”</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/guardrails.py" line="259"/>
        <source>An article needs these before it can go out: {fields}.</source>
        <translation>Artikel perlu diisi dulu sebelum tayang: {fields}.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/editorberita/ui/history.py" line="41"/>
        <source>Saved with Ctrl+S</source>
        <translation>Disimpan dengan Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/history.py" line="42"/>
        <source>Autosave while typing</source>
        <translation>Simpan otomatis saat mengetik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/history.py" line="43"/>
        <source>Exported</source>
        <translation>Diekspor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/history.py" line="44"/>
        <source>Sent to a site</source>
        <translation>Dikirim ke situs</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/history.py" line="45"/>
        <source>Status changed</source>
        <translation>Status diubah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/history.py" line="46"/>
        <source>Restored from an earlier revision</source>
        <translation>Dipulihkan dari revisi sebelumnya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/history.py" line="48"/>
        <source>Before a restore</source>
        <translation>Sebelum pemulihan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/history.py" line="49"/>
        <source>Conflict: my text kept</source>
        <translation>Bentrok: teks saya dipertahankan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/history.py" line="51"/>
        <source>Conflict: the other text, replaced</source>
        <translation>Bentrok: teks lain yang ditimpa</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/history.py" line="53"/>
        <source>Conflict: my text, not taken</source>
        <translation>Bentrok: teks saya yang tidak dipakai</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/history.py" line="55"/>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/history.py" line="86"/>
        <source>Revision history: {headline}</source>
        <translation>Riwayat revisi: {headline}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/history.py" line="87"/>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/history.py" line="100"/>
        <source>&lt;span style="{ins}"&gt;&amp;nbsp;green&amp;nbsp;&lt;/span&gt; added since this revision · &lt;span style="{dele}"&gt;&amp;nbsp;red&amp;nbsp;&lt;/span&gt; removed since this revision</source>
        <translation>&lt;span style="{ins}"&gt;&amp;nbsp;hijau&amp;nbsp;&lt;/span&gt; ditambahkan sejak revisi ini · &lt;span style="{dele}"&gt;&amp;nbsp;merah&amp;nbsp;&lt;/span&gt; dihapus sejak revisi ini</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/history.py" line="116"/>
        <source>&amp;Restore this revision</source>
        <translation>&amp;Pulihkan revisi ini</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/history.py" line="125"/>
        <source>This article has no revisions yet. One is kept on every Ctrl+S, export and status change, and every 10 minutes while you type.</source>
        <translation>Artikel ini belum punya revisi. Revisi disimpan setiap Ctrl+S, ekspor dan perubahan status, dan tiap 10 menit saat Anda mengetik.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/history.py" line="164"/>
        <source>This revision has the same text as now.</source>
        <translation>Teks revisi ini sama dengan teks sekarang.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/history.py" line="166"/>
        <source>Since this revision: {added} words added, {removed} words removed.</source>
        <translation>Sejak revisi ini: {added} kata ditambahkan, {removed} kata dihapus.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/history.py" line="179"/>
        <source>The revision was not restored</source>
        <translation>Revisi tidak dipulihkan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/history.py" line="194"/>
        <location filename="../../src/editorberita/ui/history.py" line="200"/>
        <source>Empty rubric</source>
        <translation>Kosongkan rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/history.py" line="195"/>
        <source>The rubric “{name}” has no articles.</source>
        <translation>Rubrik “{name}” tidak berisi artikel.</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../src/editorberita/ui/formfields.py" line="57"/>
        <source>News</source>
        <translation>Berita</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/formfields.py" line="58"/>
        <source>Press release rewrite</source>
        <translation>Tulis ulang siaran pers</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/formfields.py" line="59"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/formfields.py" line="60"/>
        <source>Photo story</source>
        <translation>Cerita foto</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/formfields.py" line="61"/>
        <source>Right of reply</source>
        <translation>Hak jawab</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/formfields.py" line="62"/>
        <source>Advertorial</source>
        <translation>Advertorial</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../src/editorberita/ui/recovery.py" line="182"/>
        <source>Connecting to the shared desk {desk}…</source>
        <extracomment>The window asked for another desk (``ui.desks``): a server URL or the local file. ``open_into``&apos;s outcome: True (open), False (the editor chose to quit, or closed the window while connecting) or the DatabaseError to tell (a desk file that cannot be opened; a server desk when not interactive). At once for a desk file, later for a server desk.</extracomment>
        <translation>Menghubungkan ke meja bersama {desk}…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/recovery.py" line="315"/>
        <source>Another EditorBerita (process {pid}) already has this database open. This window is read-only, so that neither overwrites the other&apos;s work. Close the other window and start EditorBerita again to edit.</source>
        <translation>EditorBerita lain (proses {pid}) sudah membuka basis data ini. Jendela ini hanya-baca agar tidak ada tulisan yang saling menimpa. Tutup jendela yang lain, lalu buka EditorBerita lagi untuk menyunting.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/recovery.py" line="326"/>
        <source>The disk holding {path} is full, so this window is read-only: nothing has been lost. Free some disk space and start EditorBerita again to edit.</source>
        <translation>Disk tempat {path} penuh, jadi jendela ini hanya-baca: tidak ada yang hilang. Kosongkan sebagian ruang disk, lalu buka EditorBerita lagi untuk menyunting.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/recovery.py" line="330"/>
        <source>The database {path} is on a disk or in a folder that cannot be written, so this window is read-only: you can read, search and copy. Copy the database to a writable folder to edit it.</source>
        <translation>Basis data {path} ada di disk atau folder yang tidak bisa ditulis, jadi jendela ini hanya-baca: Anda bisa membaca, mencari dan menyalin. Salin basis data ke folder yang bisa ditulis untuk menyuntingnya.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/recovery.py" line="349"/>
        <source>Preview of the backup of {date} (read-only). Check that it holds your work, then restore it.</source>
        <translation>Pratinjau cadangan {date} (hanya-baca). Periksa apakah tulisan Anda ada di sini, lalu pulihkan.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/recovery.py" line="351"/>
        <source>Restore this backup</source>
        <translation>Pulihkan cadangan ini</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/recovery.py" line="407"/>
        <source>Daily backup made: {name}</source>
        <translation>Cadangan harian dibuat: {name}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/recovery.py" line="419"/>
        <location filename="../../src/editorberita/ui/recovery.py" line="425"/>
        <location filename="../../src/editorberita/ui/recovery.py" line="430"/>
        <location filename="../../src/editorberita/ui/recovery.py" line="443"/>
        <source>Restore backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/recovery.py" line="420"/>
        <source>A shared desk is restored on the command line, so that everyone working on it can be told first: editorberita --db {desk} restore FILE</source>
        <translation>Meja bersama dipulihkan lewat baris perintah, supaya semua yang bekerja di sana bisa diberi tahu lebih dulu: editorberita --db {desk} restore BERKAS</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/recovery.py" line="426"/>
        <source>Replace the database with this backup? The database as it is now is copied to the backups folder first.</source>
        <translation>Ganti basis data dengan cadangan ini? Basis data yang sekarang disalin dulu ke folder cadangan.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/recovery.py" line="431"/>
        <source>Another EditorBerita has the database open; close it first.</source>
        <translation>EditorBerita lain sedang membuka basis data ini; tutup dulu.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/recovery.py" line="453"/>
        <source>Backup restored. The database as it was before is kept in {path}.</source>
        <translation>Cadangan dipulihkan. Basis data sebelumnya disimpan di {path}.</translation>
    </message>
</context>
<context>
    <name>LockedDialog</name>
    <message>
        <location filename="../../src/editorberita/ui/lockeddialog.py" line="20"/>
        <source>The database is in use</source>
        <translation>Basis data sedang dipakai</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/lockeddialog.py" line="22"/>
        <source>The database {path} is locked by another program (for example a backup, sync or database tool). Nothing is damaged and nothing was changed. Close that program or wait until it is done, then try again.</source>
        <translation>Basis data {path} sedang dikunci oleh program lain (misalnya program cadangan, sinkronisasi atau basis data). Tidak ada yang rusak dan tidak ada yang diubah. Tutup program itu atau tunggu sampai selesai, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/lockeddialog.py" line="25"/>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/lockeddialog.py" line="27"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The article could not be saved</source>
        <extracomment>Emitted once, right after the first paint has reached the screen (start-up).</extracomment>
        <translation>Artikel tidak dapat disimpan</translation>
    </message>
    <message>
        <source>&amp;New article</source>
        <translation>Artikel &amp;baru</translation>
    </message>
    <message>
        <source>Write a new article in the selected rubric</source>
        <translation>Tulis artikel baru di rubrik terpilih</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="154"/>
        <source>&amp;Save</source>
        <extracomment>Emitted once, right after the first paint has reached the screen (start-up).</extracomment>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="155"/>
        <source>Save now and record a revision</source>
        <translation>Simpan sekarang dan catat revisi</translation>
    </message>
    <message>
        <source>New &amp;rubric…</source>
        <translation>&amp;Rubrik baru…</translation>
    </message>
    <message>
        <source>Rena&amp;me rubric…</source>
        <translation>&amp;Ganti nama rubrik…</translation>
    </message>
    <message>
        <source>&amp;Delete rubric…</source>
        <translation>&amp;Hapus rubrik…</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Buang ke &amp;Sampah</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>Pulihkan dari Sampah</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Kosongkan Sampah…</translation>
    </message>
    <message>
        <source>Move the rubric&apos;s articles to the &amp;Trash…</source>
        <translation>Pindahkan artikel rubrik ke &amp;Sampah…</translation>
    </message>
    <message>
        <source>Revision &amp;history…</source>
        <translation>&amp;Riwayat revisi…</translation>
    </message>
    <message>
        <source>Earlier versions of this article: compare and restore</source>
        <translation>Versi lama artikel ini: bandingkan dan pulihkan</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Cadangan…</translation>
    </message>
    <message>
        <source>Export as HTML &amp;page…</source>
        <translation>Ekspor sebagai &amp;halaman HTML…</translation>
    </message>
    <message>
        <source>Export as HTML &amp;fragment…</source>
        <translation>Ekspor sebagai &amp;potongan HTML…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Ekspor sebagai &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export &amp;selected articles…</source>
        <translation>Ekspor artikel &amp;terpilih…</translation>
    </message>
    <message>
        <source>Export the whole rubric or &amp;view…</source>
        <translation>Ekspor seluruh rubrik atau &amp;tampilan…</translation>
    </message>
    <message>
        <source>&amp;Copy HTML</source>
        <translation>&amp;Salin HTML</translation>
    </message>
    <message>
        <source>Copy the article as HTML for the CMS</source>
        <translation>Salin artikel sebagai HTML untuk CMS</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Buka di &amp;peramban</translation>
    </message>
    <message>
        <source>&amp;Insert picture…</source>
        <translation>&amp;Sisipkan gambar…</translation>
    </message>
    <message>
        <source>Insert a photo (JPEG, PNG or WebP) at the cursor</source>
        <translation>Sisipkan foto (JPEG, PNG atau WebP) di posisi kursor</translation>
    </message>
    <message>
        <source>Add &amp;featured picture…</source>
        <translation>Tambah &amp;foto utama…</translation>
    </message>
    <message>
        <source>Picture &amp;library…</source>
        <translation>&amp;Pustaka gambar…</translation>
    </message>
    <message>
        <source>Reuse a picture stored in this database</source>
        <translation>Pakai lagi gambar yang tersimpan di basis data</translation>
    </message>
    <message>
        <source>Keep &amp;original size</source>
        <translation>Pertahankan ukuran &amp;asli</translation>
    </message>
    <message>
        <source>Store new pictures without scaling them down</source>
        <translation>Simpan gambar baru tanpa diperkecil</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="156"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Ganti…</translation>
    </message>
    <message>
        <source>&amp;Search articles</source>
        <translation>Cari &amp;artikel</translation>
    </message>
    <message>
        <source>Edit &amp;headline</source>
        <translation>Sunting &amp;judul</translation>
    </message>
    <message>
        <source>Go to rubrics</source>
        <translation>Ke panel rubrik</translation>
    </message>
    <message>
        <source>Go to article list</source>
        <translation>Ke daftar artikel</translation>
    </message>
    <message>
        <source>Go to editor</source>
        <translation>Ke penyunting</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>Artikel berikutnya</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>Artikel sebelumnya</translation>
    </message>
    <message>
        <source>Show &amp;preview</source>
        <translation>&amp;Pratinjau</translation>
    </message>
    <message>
        <source>Show &amp;more fields</source>
        <translation>Kolom &amp;lainnya</translation>
    </message>
    <message>
        <source>&amp;Focus mode</source>
        <translation>Mode &amp;fokus</translation>
    </message>
    <message>
        <source>Smart &amp;quotes</source>
        <translation>Tanda &amp;kutip cerdas</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>Layar &amp;penuh</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan papan ketik</translation>
    </message>
    <message>
        <source>&amp;About EditorBerita</source>
        <translation>&amp;Tentang EditorBerita</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;kspor</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;Pictures</source>
        <translation>&amp;Gambar</translation>
    </message>
    <message>
        <source>&amp;Rubric</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Penampilan</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="vanished">Terang</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="vanished">Gelap</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <source>Article list</source>
        <translation>Daftar artikel</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Tersimpan {time}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="377"/>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <source>{headline} (copy)</source>
        <translation>{headline} (salinan)</translation>
    </message>
    <message>
        <source>The picture was not added</source>
        <translation>Gambar tidak ditambahkan</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) inserted; add a caption and credit.</source>
        <translation>
            <numerusform>%n gambar disisipkan; isi keterangan foto dan kreditnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Gambar (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Insert picture</source>
        <translation>Sisipkan gambar</translation>
    </message>
    <message>
        <source>Featured picture</source>
        <translation>Foto utama</translation>
    </message>
    <message>
        <source>The picture was not changed</source>
        <translation>Gambar tidak diubah</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Ekspor ke folder</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>Halaman HTML</translation>
    </message>
    <message>
        <source>HTML fragment</source>
        <translation>Potongan HTML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="vanished">Ekspor</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Exporting articles…</source>
        <translation>Mengekspor artikel…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>{done} of {total} articles exported to {folder}</source>
        <translation>{done} dari {total} artikel diekspor ke {folder}</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(dibatalkan)</translation>
    </message>
    <message>
        <source>Some articles were not exported</source>
        <translation>Beberapa artikel tidak terekspor</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Menyunting…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="371"/>
        <source>Saved; revision recorded.</source>
        <translation>Tersimpan; revisi dicatat.</translation>
    </message>
    <message>
        <source>{words} words · {chars} characters · {minutes} min read</source>
        <translation>{words} kata · {chars} karakter · {minutes} menit baca</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) moved to the Trash</source>
        <translation>
            <numerusform>%n artikel dibuang ke Sampah</numerusform>
        </translation>
    </message>
    <message>
        <source>Revision restored; the text before it is kept in the history.</source>
        <translation>Revisi dipulihkan; teks sebelumnya tetap tersimpan di riwayat.</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Kosongkan Sampah</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) in the Trash for good?</source>
        <translation>
            <numerusform>Hapus %n artikel di Sampah untuk selamanya?</numerusform>
        </translation>
    </message>
    <message>
        <source>New rubric</source>
        <translation>Rubrik baru</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>The rubric was not created</source>
        <translation>Rubrik tidak dibuat</translation>
    </message>
    <message>
        <source>Rename rubric</source>
        <translation>Ganti nama rubrik</translation>
    </message>
    <message>
        <source>The rubric was not renamed</source>
        <translation>Nama rubrik tidak diganti</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Tanpa rubrik</translation>
    </message>
    <message>
        <source>Delete rubric</source>
        <translation>Hapus rubrik</translation>
    </message>
    <message>
        <source>Delete the rubric “{name}”? Its articles and sub-rubrics are kept: they move to “{parent}”.</source>
        <translation>Hapus rubrik “{name}”? Artikel dan subrubriknya tetap ada: semuanya pindah ke “{parent}”.</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(tingkat teratas)</translation>
    </message>
    <message>
        <source>Move rubric</source>
        <translation>Pindahkan rubrik</translation>
    </message>
    <message>
        <source>Move under:</source>
        <translation>Pindahkan ke bawah:</translation>
    </message>
    <message>
        <source>The rubric was not moved</source>
        <translation>Rubrik tidak dipindahkan</translation>
    </message>
    <message>
        <source>The articles were not moved</source>
        <translation>Artikel tidak dipindahkan</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) moved to {rubric}</source>
        <translation>
            <numerusform>%n artikel dipindahkan ke {rubric}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Diekspor ke {path}</translation>
    </message>
    <message>
        <source>HTML copied to the clipboard.</source>
        <translation>HTML disalin ke papan klip.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/smoke.py" line="143"/>
        <source>About EditorBerita</source>
        <translation>Tentang EditorBerita</translation>
    </message>
    <message>
        <source>EditorBerita {version}
An offline article editor for Indonesian news desks.</source>
        <translation>EditorBerita {version}
Penyunting artikel luring untuk meja redaksi Indonesia.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Bahasa baru dipakai mulai saat aplikasi dibuka lagi.</translation>
    </message>
    <message>
        <source>Copy HTML failed</source>
        <translation>Gagal menyalin HTML</translation>
    </message>
    <message>
        <source>HTML copied to the clipboard, with %n picture(s) inside.</source>
        <translation>HTML disalin ke papan klip, berikut %n gambar di dalamnya.</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../src/editorberita/ui/editorformat.py" line="28"/>
        <source>&amp;Bold</source>
        <translation>&amp;Tebal</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editorformat.py" line="31"/>
        <source>&amp;Italic</source>
        <translation>&amp;Miring</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editorformat.py" line="35"/>
        <source>&amp;Heading</source>
        <translation>&amp;Subjudul isi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editorformat.py" line="38"/>
        <source>&amp;Quote</source>
        <translation>&amp;Kutipan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editorformat.py" line="41"/>
        <source>Bulleted &amp;List</source>
        <translation>&amp;Daftar berbutir</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editorformat.py" line="44"/>
        <source>&amp;Numbered List</source>
        <translation>Daftar &amp;bernomor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editorformat.py" line="47"/>
        <source>&amp;Link</source>
        <translation>&amp;Tautan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editorformat.py" line="50"/>
        <source>Horizontal &amp;Rule</source>
        <translation>&amp;Garis pemisah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editorformat.py" line="135"/>
        <source>link text</source>
        <translation>teks tautan</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="63"/>
        <source>Headline</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="70"/>
        <source>Sub-headline</source>
        <translation>Subjudul</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="73"/>
        <source>Rubric</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="78"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="82"/>
        <source>Byline</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="83"/>
        <source>Byline: who wrote the story</source>
        <translation>Penulis: siapa yang menulis berita</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="85"/>
        <source>Initials</source>
        <translation>Inisial</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="86"/>
        <source>Initials printed at the end of the story</source>
        <translation>Inisial di akhir berita</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="93"/>
        <source>More fields</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="99"/>
        <source>Slug: the article&apos;s address; follows the headline until you edit it</source>
        <translation>Slug: alamat artikel; mengikuti judul sampai Anda mengubahnya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="103"/>
        <source>Fixed</source>
        <translation>Tetap</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="104"/>
        <source>When not fixed, the slug follows the headline</source>
        <translation>Bila tidak tetap, alamat web mengikuti judul</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="106"/>
        <source>e.g. Samarinda</source>
        <translation>mis. Samarinda</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="114"/>
        <source>Summary in one or two sentences, for search results, social media and the CMS</source>
        <translation>Ringkasan satu atau dua kalimat, untuk hasil pencarian, media sosial dan CMS</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="117"/>
        <source>Summary: the page&apos;s description for search engines and social media, the excerpt in a CMS and "summary" in Markdown. It is not printed in the story: the lead (teras) is the body&apos;s first paragraph, opened by the dateline.</source>
        <translation>Ringkasan: deskripsi halaman untuk mesin pencari dan media sosial, cuplikan di CMS dan "summary" di Markdown. Tidak dicetak di berita: teras berita adalah paragraf pertama isi, dibuka dengan dateline.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="163"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Lead: the first paragraph that sums up the story</source>
        <translation type="vanished">Teras berita: paragraf pembuka yang merangkum berita</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="122"/>
        <source>Tags, separated by commas</source>
        <translation>Tag, dipisah koma</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="130"/>
        <source>Kind of article; an advertorial carries the label “Advertorial” in every export</source>
        <translation>Jenis naskah; advertorial diberi label “Advertorial” di setiap ekspor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="163"/>
        <source>Slug</source>
        <translation>Alamat web</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="163"/>
        <source>Dateline</source>
        <translation>Tempat berita</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="163"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="vanished">Teras</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="164"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="164"/>
        <source>SEO title</source>
        <translation>Judul di mesin pencari</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="164"/>
        <source>SEO description</source>
        <translation>Deskripsi di mesin pencari</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="165"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="165"/>
        <source>Newsroom</source>
        <translation>Redaksi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="167"/>
        <source>The article&apos;s web address (the "slug"), made from the headline</source>
        <translation>Alamat web artikel ("slug"), dibentuk dari judul</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="168"/>
        <source>The town the story comes from; it opens the first paragraph, e.g. "SAMARINDA —"</source>
        <translation>Kota asal berita (dateline); membuka paragraf pertama, mis. "SAMARINDA —"</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="170"/>
        <source>The headline search engines and social media show; empty: the article&apos;s headline</source>
        <translation>Judul yang ditampilkan mesin pencari dan media sosial (judul SEO); kosong: judul artikel</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="172"/>
        <source>The short text search engines show under the title</source>
        <translation>Teks pendek yang ditampilkan mesin pencari di bawah judul (deskripsi SEO)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="259"/>
        <source>Uncategorised</source>
        <translation>Tanpa rubrik</translation>
    </message>
</context>
<context>
    <name>NavigationController</name>
    <message>
        <location filename="../../src/editorberita/ui/navigation.py" line="42"/>
        <source>&amp;Find…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/navigation.py" line="43"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Ganti…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/navigation.py" line="45"/>
        <source>&amp;Search articles</source>
        <translation>Cari &amp;artikel</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/navigation.py" line="47"/>
        <source>Edit &amp;headline</source>
        <translation>Sunting &amp;judul</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/navigation.py" line="49"/>
        <source>Go to rubrics</source>
        <translation>Ke panel rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/navigation.py" line="50"/>
        <source>Go to article list</source>
        <translation>Ke daftar artikel</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/navigation.py" line="51"/>
        <source>Go to editor</source>
        <translation>Ke penyunting</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/navigation.py" line="53"/>
        <source>Next article</source>
        <translation>Artikel berikutnya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/navigation.py" line="54"/>
        <source>Previous article</source>
        <translation>Artikel sebelumnya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/navigation.py" line="56"/>
        <source>Show &amp;preview</source>
        <translation>&amp;Pratinjau</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/navigation.py" line="58"/>
        <source>Show &amp;more fields</source>
        <translation>Kolom &amp;lainnya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/navigation.py" line="60"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan papan ketik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/navigation.py" line="61"/>
        <source>&amp;About EditorBerita</source>
        <translation>&amp;Tentang EditorBerita</translation>
    </message>
</context>
<context>
    <name>NewArticleController</name>
    <message>
        <location filename="../../src/editorberita/ui/newarticle.py" line="38"/>
        <source>&amp;New article</source>
        <translation>Artikel &amp;baru</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/newarticle.py" line="40"/>
        <source>Write a new article in the selected rubric</source>
        <translation>Tulis artikel baru di rubrik terpilih</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/newarticle.py" line="41"/>
        <source>New from &amp;template</source>
        <translation>Baru dari &amp;templat</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/newarticle.py" line="46"/>
        <source>New article from the “{kind}” template</source>
        <translation>Artikel baru dari templat “{kind}”</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Kotak keluar</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Situs</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Kirim sekarang</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>Keluarkan</translation>
    </message>
</context>
<context>
    <name>PictureController</name>
    <message>
        <location filename="../../src/editorberita/ui/pictureactions.py" line="44"/>
        <source>&amp;Insert picture…</source>
        <translation>&amp;Sisipkan gambar…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictureactions.py" line="45"/>
        <source>Insert a photo (JPEG, PNG or WebP) at the cursor</source>
        <translation>Sisipkan foto (JPEG, PNG atau WebP) di posisi kursor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictureactions.py" line="46"/>
        <source>Add &amp;featured picture…</source>
        <translation>Tambah &amp;foto utama…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictureactions.py" line="48"/>
        <source>Picture &amp;library…</source>
        <translation>&amp;Pustaka gambar…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictureactions.py" line="49"/>
        <source>Reuse a picture stored in this database</source>
        <translation>Pakai lagi gambar yang tersimpan di basis data</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictureactions.py" line="50"/>
        <source>Keep &amp;original size</source>
        <translation>Pertahankan ukuran &amp;asli</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictureactions.py" line="52"/>
        <source>Store new pictures without scaling them down</source>
        <translation>Simpan gambar baru tanpa diperkecil</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictureactions.py" line="101"/>
        <source>The picture was not added</source>
        <translation>Gambar tidak ditambahkan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/pictureactions.py" line="128"/>
        <source>%n picture(s) inserted; add a caption and credit.</source>
        <translation>
            <numerusform>%n gambar disisipkan; isi keterangan foto dan kreditnya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictureactions.py" line="135"/>
        <source>Pictures (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Gambar (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictureactions.py" line="152"/>
        <source>Insert picture</source>
        <translation>Sisipkan gambar</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictureactions.py" line="160"/>
        <source>Featured picture</source>
        <translation>Foto utama</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictureactions.py" line="207"/>
        <source>The picture was not changed</source>
        <translation>Gambar tidak diubah</translation>
    </message>
</context>
<context>
    <name>PictureLibraryDialog</name>
    <message>
        <location filename="../../src/editorberita/ui/picturelibrary.py" line="40"/>
        <source>Picture library</source>
        <translation>Pustaka gambar</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/picturelibrary.py" line="57"/>
        <location filename="../../src/editorberita/ui/picturelibrary.py" line="105"/>
        <source>(no caption)</source>
        <translation>(tanpa keterangan)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/picturelibrary.py" line="67"/>
        <source>No pictures in this database yet. Insert one with Pictures › Insert picture, or drop a photo on the editor.</source>
        <translation>Belum ada gambar di basis data ini. Sisipkan lewat Gambar › Sisipkan gambar, atau seret foto ke editor.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/picturelibrary.py" line="74"/>
        <source>Insert into article</source>
        <translation>Sisipkan ke artikel</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/picturelibrary.py" line="76"/>
        <source>Use as featured picture</source>
        <translation>Jadikan foto utama</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/picturelibrary.py" line="108"/>
        <source>{width} × {height} pixels, {size} KB</source>
        <translation>{width} × {height} piksel, {size} KB</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/picturelibrary.py" line="112"/>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/picturelibrary.py" line="115"/>
        <source>and %n more</source>
        <translation>
            <numerusform>dan %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/picturelibrary.py" line="116"/>
        <source>Used in: {articles}</source>
        <translation>Dipakai di: {articles}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/picturelibrary.py" line="118"/>
        <source>Not used in any article</source>
        <translation>Belum dipakai di artikel mana pun</translation>
    </message>
</context>
<context>
    <name>PicturePanel</name>
    <message>
        <location filename="../../src/editorberita/ui/picturepanel.py" line="137"/>
        <source>Photo caption: who, what, where</source>
        <translation>Keterangan foto: siapa, apa, di mana</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/picturepanel.py" line="140"/>
        <source>e.g. Photo: Diskominfo Kaltim</source>
        <translation>mis. Foto: Diskominfo Kaltim</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/picturepanel.py" line="143"/>
        <source>What the picture shows, for screen readers</source>
        <translation>Isi gambar, untuk pembaca layar</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/picturepanel.py" line="144"/>
        <source>Featured picture</source>
        <translation>Foto utama</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/picturepanel.py" line="146"/>
        <source>Show this picture at the top of the article and in link previews (og:image)</source>
        <translation>Tampilkan gambar ini di atas artikel dan di pratinjau tautan (og:image)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/picturepanel.py" line="153"/>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/picturepanel.py" line="154"/>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/picturepanel.py" line="155"/>
        <source>Alt text</source>
        <translation>Teks alternatif</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/picturepanel.py" line="195"/>
        <location filename="../../src/editorberita/ui/picturepanel.py" line="232"/>
        <source>(no caption)</source>
        <translation>(tanpa keterangan)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="51"/>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="53"/>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="59"/>
        <source>A new language is used from the next start.</source>
        <translation>Bahasa baru dipakai mulai aplikasi dibuka lagi.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="63"/>
        <source>WIB (western Indonesia, UTC+7)</source>
        <translation>WIB (Waktu Indonesia Barat, UTC+7)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="64"/>
        <source>WITA (central Indonesia, UTC+8)</source>
        <translation>WITA (Waktu Indonesia Tengah, UTC+8)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="65"/>
        <source>WIT (eastern Indonesia, UTC+9)</source>
        <translation>WIT (Waktu Indonesia Timur, UTC+9)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="70"/>
        <source>Time zone of new articles</source>
        <translation>Zona waktu artikel baru</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="72"/>
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="74"/>
        <source>Default time zone:</source>
        <translation>Zona waktu bawaan:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="76"/>
        <source>Your defaults</source>
        <translation>Bawaan Anda</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="77"/>
        <source>What a new article starts with on this computer</source>
        <translation>Isian awal artikel baru di komputer ini</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="80"/>
        <source>Your computer login: {name}</source>
        <translation>Login komputer Anda: {name}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="83"/>
        <source>Your name on a shared desk: recorded on your saves and shown in the history (empty: your computer login)</source>
        <translation>Nama Anda di meja bersama: dicatat pada setiap simpanan dan tampil di riwayat (kosong: nama login komputer)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="86"/>
        <source>e.g. Rina Wati</source>
        <translation>mis. Rina Wati</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="88"/>
        <source>e.g. rw</source>
        <translation>mis. rw</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="91"/>
        <source>The rubric selected in the sidebar</source>
        <translation>Rubrik yang dipilih di panel kiri</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="97"/>
        <source>Asked at the first export</source>
        <translation>Ditanyakan saat ekspor pertama</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="98"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="104"/>
        <source>Desk name:</source>
        <translation>Nama di meja:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="105"/>
        <source>Byline:</source>
        <translation>Penulis:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="106"/>
        <source>Initials:</source>
        <translation>Inisial:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="107"/>
        <source>Default rubric:</source>
        <translation>Rubrik bawaan:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="108"/>
        <source>Export folder:</source>
        <translation>Folder ekspor:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="110"/>
        <source>Writing</source>
        <translation>Menulis</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="111"/>
        <source>Turn typed quotes into curly quotes</source>
        <translation>Ubah tanda kutip yang diketik menjadi melengkung</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="114"/>
        <source>Check spelling (Indonesian)</source>
        <translation>Periksa ejaan (bahasa Indonesia)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="119"/>
        <source>Desk word list…</source>
        <translation>Kamus redaksi…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="121"/>
        <source>Words the spell checker accepts for everyone using this database</source>
        <translation>Kata yang diterima pemeriksa ejaan untuk semua pengguna basis data ini</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="129"/>
        <source>Character limits</source>
        <translation>Batas karakter</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="130"/>
        <source>Headline:</source>
        <translation>Judul:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="130"/>
        <source>Sub-headline:</source>
        <translation>Subjudul:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="172"/>
        <source>Export folder</source>
        <translation>Folder ekspor</translation>
    </message>
    <message>
        <source>Lead:</source>
        <translation type="vanished">Teras berita:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="131"/>
        <source>SEO title:</source>
        <translation>Judul di mesin pencari:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="131"/>
        <source>Summary:</source>
        <translation>Ringkasan:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="132"/>
        <source>SEO description:</source>
        <translation>Deskripsi di mesin pencari:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="139"/>
        <source> characters</source>
        <translation> karakter</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../src/editorberita/ui/previewrender.py" line="161"/>
        <source>The preview could not be made. Your text is saved; the details are in the log.</source>
        <translation>Pratinjau tidak dapat dibuat. Teks Anda tetap tersimpan; rinciannya ada di log.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="106"/>
        <source>Drive</source>
        <translation>Diska</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="107"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="44"/>
        <source>Choose</source>
        <translation>Pilih</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="46"/>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="47"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="48"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="49"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Cari di:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="50"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="51"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="52"/>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="53"/>
        <source>Find Directory</source>
        <translation>Cari folder</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="54"/>
        <source>All Files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="55"/>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="56"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="57"/>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="58"/>
        <source>Parent Directory</source>
        <translation>Folder induk</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="59"/>
        <source>Create New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="60"/>
        <source>List View</source>
        <translation>Tampilan daftar</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="61"/>
        <source>Detail View</source>
        <translation>Tampilan rinci</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="62"/>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti nama</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="63"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="64"/>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="65"/>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;baru</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="66"/>
        <source>New Folder</source>
        <translation>Folder baru</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="67"/>
        <source>Show Size</source>
        <translation>Tampilkan ukuran</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="68"/>
        <source>Show Type</source>
        <translation>Tampilkan jenis</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="69"/>
        <source>Show Date Modified</source>
        <translation>Tampilkan tanggal diubah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="70"/>
        <source>Recent Places</source>
        <translation>Tempat terakhir</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="81"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Folder tidak ditemukan.
Periksa lagi nama folder yang diketik.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="84"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Berkas tidak ditemukan.
Periksa lagi nama berkas yang diketik.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="86"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Timpa berkas itu?</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="87"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; dilindungi dari penulisan.
Tetap hapus?</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="88"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Yakin ingin menghapus &apos;%1&apos;?</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="89"/>
        <source>Could not delete directory.</source>
        <translation>Folder tidak dapat dihapus.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="90"/>
        <source>Show </source>
        <translation>Tampilkan </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="91"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="92"/>
        <source>Save As</source>
        <translation>Simpan sebagai</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="93"/>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="94"/>
        <source>Sidebar</source>
        <translation>Panel samping</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="95"/>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="96"/>
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="97"/>
        <source>Go to the parent directory</source>
        <translation>Ke folder induk</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="98"/>
        <source>Create a New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="99"/>
        <source>Change to list view mode</source>
        <translation>Tampilkan sebagai daftar</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="100"/>
        <source>Change to detail view mode</source>
        <translation>Tampilkan rincian</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="101"/>
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan penanda</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="71"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="72"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="73"/>
        <source>Date Modified</source>
        <translation>Tanggal diubah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="74"/>
        <source>My Computer</source>
        <translation>Komputer saya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="75"/>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="102"/>
        <source>Invalid filename</source>
        <translation>Nama berkas tidak sah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="103"/>
        <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Nama "%1" tidak bisa dipakai.&lt;/b&gt;&lt;p&gt;Coba nama lain yang lebih pendek atau tanpa tanda baca.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="121"/>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="122"/>
        <source>Kind</source>
        <comment>Match OS X Finder</comment>
        <translation>Jenis</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="79"/>
        <source>Enter a value:</source>
        <translation>Masukkan nilai:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="28"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="29"/>
        <source>&amp;Redo</source>
        <translation>Ula&amp;ngi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="30"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="31"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="32"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="33"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="34"/>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="76"/>
        <source>Show Details...</source>
        <translation>Tampilkan rincian…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="77"/>
        <source>Hide Details...</source>
        <translation>Sembunyikan rincian…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="78"/>
        <source>About Qt</source>
        <translation>Tentang Qt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="13"/>
        <source>OK</source>
        <translation>Oke</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="14"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="15"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="16"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="17"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="18"/>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="19"/>
        <source>Reset</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="20"/>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="21"/>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="22"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="23"/>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="24"/>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="25"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="26"/>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="27"/>
        <source>Restore Defaults</source>
        <translation>Kembalikan bawaan</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="43"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="111"/>
        <source>Down</source>
        <translation>Panah Bawah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="112"/>
        <source>Up</source>
        <translation>Panah Atas</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="113"/>
        <source>Left</source>
        <translation>Panah Kiri</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="114"/>
        <source>Right</source>
        <translation>Panah Kanan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="115"/>
        <source>Space</source>
        <translation>Spasi</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="35"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="36"/>
        <source>&amp;Redo</source>
        <translation>Ula&amp;ngi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="37"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="38"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="39"/>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;alamat tautan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="40"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="41"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="42"/>
        <source>Select All</source>
        <translation>Pilih semua</translation>
    </message>
</context>
<context>
    <name>RecordController</name>
    <message>
        <location filename="../../src/editorberita/ui/record.py" line="258"/>
        <source>Insert &amp;related story…</source>
        <translation>Sisipkan berita &amp;terkait…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/record.py" line="260"/>
        <source>Insert a “Baca juga” link to a story of the archive at the cursor</source>
        <translation>Sisipkan tautan “Baca juga” ke berita arsip di posisi kursor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/record.py" line="308"/>
        <source>Right of reply to which story?</source>
        <translation>Hak jawab atas berita yang mana?</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/record.py" line="322"/>
        <source>Correction</source>
        <translation>Ralat</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/record.py" line="339"/>
        <source>Insert related story</source>
        <translation>Sisipkan berita terkait</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <location filename="../../src/editorberita/ui/record.py" line="111"/>
        <source>Editor</source>
        <extracomment>Returns "#12 Headline" for an article id (set by RecordController). Called with each article shown (RecordController lists its corrections).</extracomment>
        <translation>Nama editor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/record.py" line="112"/>
        <source>Printed as “Penulis: … | Editor: …”</source>
        <translation>Dicetak sebagai “Penulis: … | Editor: …”</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/record.py" line="115"/>
        <source>Editor&apos;s initials</source>
        <translation>Inisial editor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/record.py" line="116"/>
        <source>Closes the story after the writer&apos;s: (rw/ed)</source>
        <translation>Menutup berita setelah inisial penulis: (rw/ed)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/record.py" line="119"/>
        <source>Not yet fully verified</source>
        <translation>Belum terverifikasi penuh</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/record.py" line="122"/>
        <source>Prints “Berita ini masih memerlukan verifikasi lebih lanjut.” at the end</source>
        <translation>Mencetak “Berita ini masih memerlukan verifikasi lebih lanjut.” di akhir berita</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/record.py" line="125"/>
        <source>Reply to…</source>
        <translation>Hak jawab atas…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/record.py" line="127"/>
        <source>Make this a right of reply to a story of the desk; both exports link to each other</source>
        <translation>Jadikan naskah ini hak jawab atas berita redaksi; kedua ekspor saling menautkan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/record.py" line="129"/>
        <source>Unlink</source>
        <translation>Lepas tautan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/record.py" line="181"/>
        <source>Not a right of reply</source>
        <translation>Bukan hak jawab</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/record.py" line="183"/>
        <source>Right of reply to {story}</source>
        <translation>Hak jawab atas {story}</translation>
    </message>
</context>
<context>
    <name>RubricActions</name>
    <message>
        <source>New rubric</source>
        <translation>Rubrik baru</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>The rubric was not created</source>
        <translation>Rubrik tidak dibuat</translation>
    </message>
    <message>
        <source>Rubrics can be nested at most {depth} levels deep.</source>
        <translation>Rubrik paling dalam {depth} tingkat.</translation>
    </message>
    <message>
        <source>A rubric name can be at most {count} characters long.</source>
        <translation>Nama rubrik paling panjang {count} karakter.</translation>
    </message>
    <message>
        <source>Rename rubric</source>
        <translation>Ganti nama rubrik</translation>
    </message>
    <message>
        <source>The rubric was not renamed</source>
        <translation>Nama rubrik tidak diganti</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Tanpa rubrik</translation>
    </message>
    <message>
        <source>Delete rubric</source>
        <translation>Hapus rubrik</translation>
    </message>
    <message>
        <source>Delete the rubric “{name}”? Its articles and sub-rubrics are kept: they move to “{parent}”.</source>
        <translation>Hapus rubrik “{name}”? Artikel dan subrubriknya tetap ada: semuanya pindah ke “{parent}”.</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(tingkat teratas)</translation>
    </message>
    <message>
        <source>Move rubric</source>
        <translation>Pindahkan rubrik</translation>
    </message>
    <message>
        <source>Move under:</source>
        <translation>Pindahkan ke bawah:</translation>
    </message>
    <message>
        <source>The rubric was not moved</source>
        <translation>Rubrik tidak dipindahkan</translation>
    </message>
    <message>
        <source>The articles were not moved</source>
        <translation>Artikel tidak dipindahkan</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) moved to {rubric}</source>
        <translation>
            <numerusform>%n artikel dipindahkan ke {rubric}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RubricController</name>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="46"/>
        <source>New &amp;rubric…</source>
        <extracomment>The rubric tree changed under the shown view (a rubric was deleted): show it again.</extracomment>
        <translation>&amp;Rubrik baru…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="48"/>
        <source>Rena&amp;me rubric…</source>
        <translation>&amp;Ganti nama rubrik…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="49"/>
        <source>&amp;Delete rubric…</source>
        <translation>&amp;Hapus rubrik…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="69"/>
        <source>Rubrics can be nested at most {depth} levels deep.</source>
        <translation>Rubrik paling dalam {depth} tingkat.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="73"/>
        <source>A rubric name can be at most {count} characters long.</source>
        <translation>Nama rubrik paling panjang {count} karakter.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="84"/>
        <source>The rubric was not created</source>
        <translation>Rubrik tidak dibuat</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="88"/>
        <source>New rubric</source>
        <translation>Rubrik baru</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="88"/>
        <location filename="../../src/editorberita/ui/rubrics.py" line="109"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="109"/>
        <source>Rename rubric</source>
        <translation>Ganti nama rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="111"/>
        <location filename="../../src/editorberita/ui/rubrics.py" line="116"/>
        <source>The rubric was not renamed</source>
        <translation>Nama rubrik tidak diganti</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="138"/>
        <location filename="../../src/editorberita/ui/rubrics.py" line="191"/>
        <source>Uncategorised</source>
        <translation>Tanpa rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="140"/>
        <source>Delete rubric</source>
        <translation>Hapus rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="141"/>
        <source>Delete the rubric “{name}”? Its articles and sub-rubrics are kept: they move to “{parent}”.</source>
        <translation>Hapus rubrik “{name}”? Artikel dan subrubriknya tetap ada: semuanya pindah ke “{parent}”.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="158"/>
        <source>(top level)</source>
        <translation>(tingkat teratas)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="159"/>
        <source>Move rubric</source>
        <translation>Pindahkan rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="159"/>
        <source>Move under:</source>
        <translation>Pindahkan ke bawah:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="172"/>
        <source>The rubric was not moved</source>
        <translation>Rubrik tidak dipindahkan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="183"/>
        <source>The articles were not moved</source>
        <translation>Artikel tidak dipindahkan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/rubrics.py" line="193"/>
        <source>%n article(s) moved to {rubric}</source>
        <translation>
            <numerusform>%n artikel dipindahkan ke {rubric}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendingController</name>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="81"/>
        <source>Send to site…</source>
        <translation>Kirim ke situs…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="82"/>
        <source>Send the article to a WordPress site as a draft</source>
        <translation>Kirim artikel ke situs WordPress sebagai draf</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="83"/>
        <source>Sites…</source>
        <translation>Situs…</translation>
    </message>
    <message>
        <source>Outbox…</source>
        <translation>Kotak keluar…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="85"/>
        <source>Outbox</source>
        <translation>Kotak keluar</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="86"/>
        <source>Show the articles waiting for a site to answer</source>
        <translation>Tampilkan artikel yang menunggu situs menjawab</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="88"/>
        <source>Send waiting articles now</source>
        <translation>Kirim artikel yang menunggu sekarang</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="89"/>
        <source>Try the selected articles of the outbox (all of them when none is selected) now, without waiting for the next try</source>
        <translation>Coba kirim artikel terpilih di kotak keluar (semuanya bila tidak ada yang dipilih) sekarang, tanpa menunggu percobaan berikutnya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="92"/>
        <source>Take out of the outbox</source>
        <translation>Keluarkan dari kotak keluar</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="93"/>
        <source>Stop sending the selected articles (they stay in the desk)</source>
        <translation>Hentikan pengiriman artikel terpilih (artikelnya tetap ada di meja redaksi)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="95"/>
        <source>Export for WordPress Importer (WXR)…</source>
        <translation>Ekspor untuk pengimpor WordPress (WXR)…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="96"/>
        <source>One WXR file of the selected articles, for Tools → Import → WordPress</source>
        <translation>Satu berkas WXR dari artikel terpilih, untuk Alat → Impor → WordPress</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="124"/>
        <source>Sent to {site} {time}</source>
        <translation>Terkirim ke {site} {time}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="126"/>
        <source>{sent}, changed since sent</source>
        <translation>{sent}, diubah sejak dikirim</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="128"/>
        <source>waiting in the outbox for {site}</source>
        <translation>menunggu di kotak keluar untuk {site}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="147"/>
        <location filename="../../src/editorberita/ui/sending.py" line="155"/>
        <location filename="../../src/editorberita/ui/sending.py" line="171"/>
        <location filename="../../src/editorberita/ui/sending.py" line="200"/>
        <location filename="../../src/editorberita/ui/sending.py" line="202"/>
        <source>Send to site</source>
        <translation>Kirim ke situs</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="148"/>
        <source>No WordPress site yet: add one under File → Sites…</source>
        <translation>Belum ada situs WordPress: tambahkan lewat Berkas → Situs…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="155"/>
        <source>Site:</source>
        <translation>Situs:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="175"/>
        <source>Sending to {site}…</source>
        <translation>Mengirim ke {site}…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="196"/>
        <source>Sent to {site} as post #{post} ({status}).</source>
        <translation>Terkirim ke {site} sebagai pos #{post} ({status}).</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="203"/>
        <source>The article waits in the outbox.</source>
        <translation>Artikel menunggu di kotak keluar.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="252"/>
        <source>not tried yet</source>
        <translation>belum dicoba</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="254"/>
        <source>{site}: {reason} ({tries}×)</source>
        <translation>{site}: {reason} ({tries}×)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="299"/>
        <location filename="../../src/editorberita/ui/sending.py" line="309"/>
        <location filename="../../src/editorberita/ui/sending.py" line="315"/>
        <source>Export for WordPress</source>
        <translation>Ekspor untuk WordPress</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="300"/>
        <source>WXR files (*.xml)</source>
        <translation>Berkas WXR (*.xml)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="311"/>
        <source>{posts} articles and {pictures} pictures written to {path}.</source>
        <translation>{posts} artikel dan {pictures} gambar ditulis ke {path}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/editorberita/ui/shortcutsdialog.py" line="38"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/shortcutsdialog.py" line="50"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/shortcutsdialog.py" line="50"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/shortcutsdialog.py" line="51"/>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/shortcutsdialog.py" line="67"/>
        <source>Type as in a word processor: Enter starts a new paragraph (the editor writes the blank line Markdown needs), Shift+Enter breaks the line inside a paragraph. In a list Enter adds the next item, and Enter on an empty item ends the list; in code and tables Enter is a plain new line.</source>
        <translation>Mengetik seperti di pengolah kata: Enter memulai paragraf baru (editor menulis baris kosong yang dibutuhkan Markdown), Shift+Enter pindah baris di dalam paragraf. Di daftar, Enter menambah butir berikutnya dan Enter pada butir kosong mengakhiri daftar; di kode dan tabel Enter hanya baris baru.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/shortcutsdialog.py" line="80"/>
        <source>Typing</source>
        <translation>Mengetik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/shortcutsdialog.py" line="81"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/shortcutsdialog.py" line="81"/>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/shortcutsdialog.py" line="82"/>
        <source>New paragraph</source>
        <translation>Paragraf baru</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/shortcutsdialog.py" line="83"/>
        <source>Line break inside a paragraph</source>
        <translation>Pindah baris di dalam paragraf</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/shortcutsdialog.py" line="84"/>
        <source>Next list item (on an empty item: end the list)</source>
        <translation>Butir daftar berikutnya (pada butir kosong: akhiri daftar)</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <location filename="../../src/editorberita/ui/sidebarmodel.py" line="251"/>
        <source>Rubric</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sidebarmodel.py" line="251"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sidebarmodel.py" line="358"/>
        <source>All articles</source>
        <translation>Semua artikel</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sidebarmodel.py" line="359"/>
        <source>Drafts</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sidebarmodel.py" line="360"/>
        <source>In review</source>
        <translation>Disunting</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sidebarmodel.py" line="361"/>
        <source>Ready</source>
        <translation>Siap tayang</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sidebarmodel.py" line="362"/>
        <source>Published</source>
        <translation>Tayang</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sidebarmodel.py" line="363"/>
        <source>Changed since export</source>
        <translation>Ekspor usang</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sidebarmodel.py" line="364"/>
        <source>Outbox</source>
        <translation>Kotak keluar</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sidebarmodel.py" line="365"/>
        <source>Trash</source>
        <translation>Sampah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sidebarmodel.py" line="369"/>
        <source>Rubrics</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sidebarmodel.py" line="380"/>
        <source>Uncategorised</source>
        <translation>Tanpa rubrik</translation>
    </message>
</context>
<context>
    <name>SidebarView</name>
    <message>
        <location filename="../../src/editorberita/ui/sidebar.py" line="105"/>
        <source>New rubric…</source>
        <translation>Rubrik baru…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sidebar.py" line="109"/>
        <source>New sub-rubric…</source>
        <translation>Subrubrik baru…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sidebar.py" line="112"/>
        <source>Rename…</source>
        <translation>Ganti nama…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sidebar.py" line="114"/>
        <source>Move to…</source>
        <translation>Pindahkan ke…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sidebar.py" line="116"/>
        <source>Delete rubric…</source>
        <translation>Hapus rubrik…</translation>
    </message>
</context>
<context>
    <name>SitesDialog</name>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="335"/>
        <source>WordPress sites</source>
        <translation>Situs WordPress</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="340"/>
        <source>Application Password (kept in the system keyring)</source>
        <translation>Kata sandi aplikasi (disimpan di gantungan kunci sistem)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="343"/>
        <source>Site runs on this computer (plain http allowed)</source>
        <translation>Situs berjalan di komputer ini (http biasa diizinkan)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="348"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="349"/>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="350"/>
        <source>User:</source>
        <translation>Pengguna:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="351"/>
        <source>Password:</source>
        <translation>Kata sandi:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="354"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="354"/>
        <source>Test</source>
        <translation>Uji</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="355"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="411"/>
        <source>Site “{name}” saved.</source>
        <translation>Situs “{name}” disimpan.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="415"/>
        <source>The password is in the system keyring.</source>
        <translation>Kata sandi disimpan di gantungan kunci sistem.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="418"/>
        <source>No system keyring here: the password is kept until the program closes.</source>
        <translation>Gantungan kunci sistem tidak tersedia: kata sandi diingat sampai program ditutup.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="442"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="442"/>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="444"/>
        <source>Connected to {root} as {user}. May publish: {publish}; may upload pictures: {upload}.</source>
        <translation>Tersambung ke {root} sebagai {user}. Boleh terbit: {publish}; boleh unggah gambar: {upload}.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sending.py" line="454"/>
        <source>Site “{name}” removed.</source>
        <translation>Situs “{name}” dihapus.</translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <location filename="../../src/editorberita/ui/spellmenu.py" line="94"/>
        <source>Looking for suggestions…</source>
        <translation>Mencari saran…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/spellmenu.py" line="96"/>
        <source>Add to dictionary</source>
        <translation>Tambahkan ke kamus</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/spellmenu.py" line="98"/>
        <source>Add the word to the desk&apos;s word list, for everyone using this database</source>
        <translation>Tambahkan kata ke kamus redaksi, untuk semua pengguna basis data ini</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/spellmenu.py" line="101"/>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/spellmenu.py" line="122"/>
        <source>No suggestions</source>
        <translation>Tidak ada saran</translation>
    </message>
</context>
<context>
    <name>SpellService</name>
    <message>
        <location filename="../../src/editorberita/ui/spellservice.py" line="327"/>
        <source>the spell checker stopped</source>
        <translation>pemeriksa ejaan berhenti</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/spellservice.py" line="332"/>
        <source>the spell checker could not start</source>
        <translation>pemeriksa ejaan tidak dapat dijalankan</translation>
    </message>
</context>
<context>
    <name>SpellingController</name>
    <message>
        <location filename="../../src/editorberita/ui/spellwiring.py" line="52"/>
        <source>Desk &amp;word list…</source>
        <translation>&amp;Kamus redaksi…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/spellwiring.py" line="53"/>
        <source>The spelling words shared by everyone on this database</source>
        <translation>Kata ejaan yang dipakai bersama semua pengguna basis data ini</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/spellwiring.py" line="123"/>
        <source>Spell checking is not available: {error}</source>
        <translation>Pemeriksa ejaan tidak tersedia: {error}</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/editorberita/ui/formatting.py" line="36"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/formatting.py" line="37"/>
        <source>In review</source>
        <translation>Disunting</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/formatting.py" line="38"/>
        <source>Ready</source>
        <translation>Siap tayang</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/formatting.py" line="39"/>
        <source>Published</source>
        <translation>Tayang</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/formatting.py" line="40"/>
        <source>Corrected</source>
        <translation>Ralat</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/formatting.py" line="41"/>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../src/editorberita/ui/statusline.py" line="39"/>
        <source>{words} words · {chars} characters · {minutes} min read</source>
        <translation>{words} kata · {chars} karakter · {minutes} menit baca</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/statusline.py" line="49"/>
        <source>Saved at {time}</source>
        <translation>Tersimpan {time}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/statusline.py" line="55"/>
        <source>Editing…</source>
        <translation>Menyunting…</translation>
    </message>
</context>
<context>
    <name>StoryPicker</name>
    <message>
        <location filename="../../src/editorberita/ui/record.py" line="198"/>
        <source>Search the archive</source>
        <translation>Cari di arsip</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../src/editorberita/ui/datefields.py" line="203"/>
        <source>Not a time: type it like 14.30 or 14:30</source>
        <translation>Bukan jam: ketik seperti 14.30 atau 14:30</translation>
    </message>
</context>
<context>
    <name>TrashController</name>
    <message>
        <location filename="../../src/editorberita/ui/trash.py" line="43"/>
        <source>Move to &amp;Trash</source>
        <extracomment>A backup (its path) the user chose to restore.</extracomment>
        <translation>Buang ke &amp;Sampah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/trash.py" line="45"/>
        <source>Restore from Trash</source>
        <translation>Pulihkan dari Sampah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/trash.py" line="47"/>
        <source>Empty Trash…</source>
        <translation>Kosongkan Sampah…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/trash.py" line="48"/>
        <source>Move the rubric&apos;s articles to the &amp;Trash…</source>
        <translation>Pindahkan artikel rubrik ke &amp;Sampah…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/trash.py" line="50"/>
        <source>Revision &amp;history…</source>
        <translation>&amp;Riwayat revisi…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/trash.py" line="51"/>
        <source>Earlier versions of this article: compare and restore</source>
        <translation>Versi lama artikel ini: bandingkan dan pulihkan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/trash.py" line="53"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Cadangan…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/trash.py" line="84"/>
        <source>%n article(s) moved to the Trash</source>
        <translation>
            <numerusform>%n artikel dibuang ke Sampah</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/trash.py" line="123"/>
        <location filename="../../src/editorberita/ui/trash.py" line="126"/>
        <source>Empty Trash</source>
        <translation>Kosongkan Sampah</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/trash.py" line="124"/>
        <source>Delete %n article(s) in the Trash for good?</source>
        <translation>
            <numerusform>Hapus %n artikel di Sampah untuk selamanya?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/trash.py" line="149"/>
        <source>Revision restored; the text before it is kept in the history.</source>
        <translation>Revisi dipulihkan; teks sebelumnya tetap tersimpan di riwayat.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../src/editorberita/ui/menus.py" line="41"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/menus.py" line="43"/>
        <source>E&amp;xport</source>
        <translation>E&amp;kspor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/menus.py" line="51"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/menus.py" line="56"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/menus.py" line="61"/>
        <source>&amp;Pictures</source>
        <translation>&amp;Gambar</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/menus.py" line="64"/>
        <source>&amp;Rubric</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/menus.py" line="66"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/menus.py" line="71"/>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/menus.py" line="72"/>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/menus.py" line="95"/>
        <source>Article list</source>
        <translation>Daftar artikel</translation>
    </message>
</context>
</TS>
