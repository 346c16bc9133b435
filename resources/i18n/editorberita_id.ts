<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="526"/>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="531"/>
        <source>Uncategorised</source>
        <translation>Tanpa rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="552"/>
        <source>Headline</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="552"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="552"/>
        <source>Rubric</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="553"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
</context>
<context>
    <name>ArticleListPane</name>
    <message>
        <location filename="../../src/editorberita/ui/articlelist.py" line="41"/>
        <source>Search articles…</source>
        <translation>Cari artikel…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/articlelist.py" line="149"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artikel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <location filename="../../src/editorberita/ui/checkpanel.py" line="38"/>
        <source>Check article</source>
        <translation>Periksa naskah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checkpanel.py" line="44"/>
        <source>Check again</source>
        <translation>Periksa lagi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checkpanel.py" line="45"/>
        <source>Check the article as it is now (F7)</source>
        <translation>Periksa naskah seperti sekarang (F7)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checkpanel.py" line="50"/>
        <source>Click a problem to go to it</source>
        <translation>Klik masalah untuk menuju ke tempatnya</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/checkpanel.py" line="79"/>
        <source>%n problem(s) to fix before export</source>
        <translation>
            <numerusform>%n masalah perlu dibereskan sebelum ekspor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/checkpanel.py" line="83"/>
        <source>No problems found: ready for export.</source>
        <translation>Tidak ada masalah: siap diekspor.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/editorberita/ui/dialogs.py" line="91"/>
        <source>The article was changed elsewhere</source>
        <translation>Artikel diubah di tempat lain</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/dialogs.py" line="94"/>
        <source>Someone saved this article in another window or on another computer after you opened it. Nothing has been overwritten yet. Choose which text to keep.</source>
        <translation>Seseorang menyimpan artikel ini di jendela atau komputer lain setelah Anda membukanya. Belum ada yang tertimpa. Pilih naskah mana yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/dialogs.py" line="103"/>
        <source>(the article was deleted)</source>
        <translation>(artikel sudah dihapus)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/dialogs.py" line="105"/>
        <source>My version</source>
        <translation>Versi saya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/dialogs.py" line="106"/>
        <source>Stored version</source>
        <translation>Versi tersimpan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/dialogs.py" line="110"/>
        <source>Keep mine as a new revision</source>
        <translation>Pakai versi saya sebagai revisi baru</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/dialogs.py" line="111"/>
        <source>Take theirs</source>
        <translation>Pakai versi mereka</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/dialogs.py" line="112"/>
        <source>Save mine as a copy</source>
        <translation>Simpan versi saya sebagai salinan</translation>
    </message>
</context>
<context>
    <name>CounterLabel</name>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="71"/>
        <source>{count} characters; the limit is {limit}</source>
        <translation>{count} karakter; batasnya {limit}</translation>
    </message>
</context>
<context>
    <name>DeskTools</name>
    <message>
        <location filename="../../src/editorberita/ui/desk.py" line="65"/>
        <source>&amp;Check article</source>
        <translation>&amp;Periksa naskah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desk.py" line="68"/>
        <source>List what to fix before export: missing fields, spelling, quotes, spaces</source>
        <translation>Daftar yang perlu dibereskan sebelum ekspor: kolom kosong, ejaan, tanda kutip, spasi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desk.py" line="72"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desk.py" line="77"/>
        <source>New from &amp;template</source>
        <translation>Baru dari &amp;templat</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desk.py" line="82"/>
        <source>New article from the “{kind}” template</source>
        <translation>Artikel baru dari templat “{kind}”</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desk.py" line="115"/>
        <source>Spell checking is not available: {error}</source>
        <translation>Pemeriksa ejaan tidak tersedia: {error}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desk.py" line="157"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desk.py" line="158"/>
        <source>The new language is used from the next start.</source>
        <translation>Bahasa baru dipakai mulai saat aplikasi dibuka lagi.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desk.py" line="164"/>
        <source>Headline</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desk.py" line="164"/>
        <source>Sub-headline</source>
        <translation>Subjudul</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desk.py" line="165"/>
        <source>Rubric</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desk.py" line="165"/>
        <source>Byline</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desk.py" line="166"/>
        <source>Initials</source>
        <translation>Inisial</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desk.py" line="166"/>
        <source>Dateline</source>
        <translation>Dateline</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desk.py" line="167"/>
        <source>Lead</source>
        <translation>Teras</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desk.py" line="167"/>
        <source>SEO title</source>
        <translation>Judul SEO</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desk.py" line="168"/>
        <source>SEO description</source>
        <translation>Deskripsi SEO</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desk.py" line="168"/>
        <source>Body</source>
        <translation>Isi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desk.py" line="169"/>
        <source>Kind</source>
        <translation>Jenis naskah</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/desk.py" line="248"/>
        <source>This article still has %n problem(s), for example:</source>
        <translation>
            <numerusform>Naskah ini masih punya %n masalah, antara lain:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/desk.py" line="252"/>
        <source>%n article(s) still have problems, for example:</source>
        <translation>
            <numerusform>%n artikel masih bermasalah, antara lain:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desk.py" line="256"/>
        <source>Check before export</source>
        <translation>Periksa sebelum ekspor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desk.py" line="258"/>
        <source>Export anyway</source>
        <translation>Tetap ekspor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/desk.py" line="259"/>
        <source>Show problems</source>
        <translation>Tampilkan masalah</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../src/editorberita/ui/dialogs.py" line="137"/>
        <source>Unexpected error</source>
        <translation>Galat tak terduga</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/dialogs.py" line="139"/>
        <source>Something went wrong: {message}

Your work is saved automatically. If this happens again, please send the details below to your support desk.</source>
        <translation>Terjadi kesalahan: {message}

Pekerjaan Anda tersimpan otomatis. Bila ini terjadi lagi, kirimkan rincian di bawah ke bagian dukungan.</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="37"/>
        <source>Find</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="40"/>
        <source>Replace with</source>
        <translation>Ganti dengan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="41"/>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="42"/>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="43"/>
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="44"/>
        <source>Replace All</source>
        <translation>Ganti semua</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="45"/>
        <source>Whole word</source>
        <translation>Kata utuh</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="46"/>
        <source>Match case</source>
        <translation>Huruf besar/kecil</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="47"/>
        <source>Regular expression</source>
        <translation>Ekspresi reguler</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="51"/>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/findreplace.py" line="156"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n diganti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="232"/>
        <source>Invalid expression: {error}</source>
        <translation>Ekspresi tidak sah: {error}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="237"/>
        <source>Not found</source>
        <translation>Tidak ditemukan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/findreplace.py" line="253"/>
        <source>{current} of {total}</source>
        <translation>{current} dari {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/findreplace.py" line="256"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n temuan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="78"/>
        <source>News</source>
        <translation>Berita</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="79"/>
        <source>Press release rewrite</source>
        <translation>Tulis ulang siaran pers</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="80"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="81"/>
        <source>Photo story</source>
        <translation>Cerita foto</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="82"/>
        <source>Advertorial</source>
        <translation>Advertorial</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="244"/>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="584"/>
        <source>The article could not be saved</source>
        <translation>Artikel tidak dapat disimpan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="283"/>
        <source>&amp;New article</source>
        <translation>Artikel &amp;baru</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="284"/>
        <source>Write a new article in the selected rubric</source>
        <translation>Tulis artikel baru di rubrik terpilih</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="285"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="286"/>
        <source>Save now and record a revision</source>
        <translation>Simpan sekarang dan catat revisi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="287"/>
        <source>New &amp;rubric…</source>
        <translation>&amp;Rubrik baru…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="289"/>
        <source>Rena&amp;me rubric…</source>
        <translation>&amp;Ganti nama rubrik…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="291"/>
        <source>&amp;Delete rubric…</source>
        <translation>&amp;Hapus rubrik…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="292"/>
        <source>Move to &amp;Trash</source>
        <translation>Buang ke &amp;Sampah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="294"/>
        <source>Restore from Trash</source>
        <translation>Pulihkan dari Sampah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="295"/>
        <source>Empty Trash…</source>
        <translation>Kosongkan Sampah…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="296"/>
        <source>Export as HTML &amp;page…</source>
        <translation>Ekspor sebagai &amp;halaman HTML…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="298"/>
        <source>Export as HTML &amp;fragment…</source>
        <translation>Ekspor sebagai &amp;potongan HTML…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="300"/>
        <source>Export as &amp;Markdown…</source>
        <translation>Ekspor sebagai &amp;Markdown…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="302"/>
        <source>Export &amp;selected articles…</source>
        <translation>Ekspor artikel &amp;terpilih…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="304"/>
        <source>Export the whole rubric or &amp;view…</source>
        <translation>Ekspor seluruh rubrik atau &amp;tampilan…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="306"/>
        <source>&amp;Copy HTML</source>
        <translation>&amp;Salin HTML</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="307"/>
        <source>Copy the article as HTML for the CMS</source>
        <translation>Salin artikel sebagai HTML untuk CMS</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="308"/>
        <source>Open in &amp;browser</source>
        <translation>Buka di &amp;peramban</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="310"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="311"/>
        <source>&amp;Find…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="312"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Ganti…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="313"/>
        <source>&amp;Search articles</source>
        <translation>Cari &amp;artikel</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="315"/>
        <source>Edit &amp;headline</source>
        <translation>Sunting &amp;judul</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="316"/>
        <source>Go to rubrics</source>
        <translation>Ke panel rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="318"/>
        <source>Go to article list</source>
        <translation>Ke daftar artikel</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="320"/>
        <source>Go to editor</source>
        <translation>Ke penyunting</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="322"/>
        <source>Next article</source>
        <translation>Artikel berikutnya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="324"/>
        <source>Previous article</source>
        <translation>Artikel sebelumnya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="326"/>
        <source>Show &amp;preview</source>
        <translation>&amp;Pratinjau</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="328"/>
        <source>Show &amp;more fields</source>
        <translation>Kolom &amp;lainnya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="330"/>
        <source>&amp;Focus mode</source>
        <translation>Mode &amp;fokus</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="332"/>
        <source>Smart &amp;quotes</source>
        <translation>Tanda &amp;kutip cerdas</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="334"/>
        <source>F&amp;ull screen</source>
        <translation>Layar &amp;penuh</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="336"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan papan ketik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="337"/>
        <source>&amp;About EditorBerita</source>
        <translation>&amp;Tentang EditorBerita</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="368"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="369"/>
        <source>E&amp;xport</source>
        <translation>E&amp;kspor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="382"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="386"/>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="391"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="393"/>
        <source>&amp;Rubric</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="394"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="400"/>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="403"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Penampilan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="405"/>
        <source>Follow the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="406"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="406"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="416"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="426"/>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="450"/>
        <source>Article list</source>
        <translation>Daftar artikel</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="553"/>
        <source>Saved at {time}</source>
        <translation>Tersimpan {time}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="559"/>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="578"/>
        <source>{headline} (copy)</source>
        <translation>{headline} (salinan)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="593"/>
        <source>Export to folder</source>
        <translation>Ekspor ke folder</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="600"/>
        <source>HTML page</source>
        <translation>Halaman HTML</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="600"/>
        <source>HTML fragment</source>
        <translation>Potongan HTML</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="601"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="606"/>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="617"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="606"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="615"/>
        <source>Exporting articles…</source>
        <translation>Mengekspor artikel…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="615"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="631"/>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="916"/>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="635"/>
        <source>{done} of {total} articles exported to {folder}</source>
        <translation>{done} dari {total} artikel diekspor ke {folder}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="638"/>
        <source>(cancelled)</source>
        <translation>(dibatalkan)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="643"/>
        <source>Some articles were not exported</source>
        <translation>Beberapa artikel tidak terekspor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="711"/>
        <source>Editing…</source>
        <translation>Menyunting…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="720"/>
        <source>Saved; revision recorded.</source>
        <translation>Tersimpan; revisi dicatat.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="725"/>
        <source>{words} words · {chars} characters · {minutes} min read</source>
        <translation>{words} kata · {chars} karakter · {minutes} menit baca</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/mainwindow.py" line="765"/>
        <source>%n article(s) moved to the Trash</source>
        <translation>
            <numerusform>%n artikel dibuang ke Sampah</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="782"/>
        <source>Empty Trash</source>
        <translation>Kosongkan Sampah</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/mainwindow.py" line="783"/>
        <source>Delete %n article(s) in the Trash for good?</source>
        <translation>
            <numerusform>Hapus %n artikel di Sampah untuk selamanya?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="794"/>
        <source>New rubric</source>
        <translation>Rubrik baru</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="794"/>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="814"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="800"/>
        <source>The rubric was not created</source>
        <translation>Rubrik tidak dibuat</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="814"/>
        <source>Rename rubric</source>
        <translation>Ganti nama rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="821"/>
        <source>The rubric was not renamed</source>
        <translation>Nama rubrik tidak diganti</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="841"/>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="890"/>
        <source>Uncategorised</source>
        <translation>Tanpa rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="843"/>
        <source>Delete rubric</source>
        <translation>Hapus rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="844"/>
        <source>Delete the rubric “{name}”? Its articles and sub-rubrics are kept: they move to “{parent}”.</source>
        <translation>Hapus rubrik “{name}”? Artikel dan subrubriknya tetap ada: semuanya pindah ke “{parent}”.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="860"/>
        <source>(top level)</source>
        <translation>(tingkat teratas)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="861"/>
        <source>Move rubric</source>
        <translation>Pindahkan rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="861"/>
        <source>Move under:</source>
        <translation>Pindahkan ke bawah:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="873"/>
        <source>The rubric was not moved</source>
        <translation>Rubrik tidak dipindahkan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="883"/>
        <source>The articles were not moved</source>
        <translation>Artikel tidak dipindahkan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/mainwindow.py" line="892"/>
        <source>%n article(s) moved to {rubric}</source>
        <translation>
            <numerusform>%n artikel dipindahkan ke {rubric}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="919"/>
        <source>Exported to {path}</source>
        <translation>Diekspor ke {path}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="954"/>
        <source>HTML copied to the clipboard.</source>
        <translation>HTML disalin ke papan klip.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="1023"/>
        <source>About EditorBerita</source>
        <translation>Tentang EditorBerita</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="1024"/>
        <source>EditorBerita {version}
An offline article editor for Indonesian news desks.</source>
        <translation>EditorBerita {version}
Penyunting artikel luring untuk meja redaksi Indonesia.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="1040"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="1041"/>
        <source>The new language is used from the next start.</source>
        <translation>Bahasa baru dipakai mulai saat aplikasi dibuka lagi.</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="166"/>
        <source>&amp;Bold</source>
        <translation>&amp;Tebal</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="168"/>
        <source>&amp;Italic</source>
        <translation>&amp;Miring</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="170"/>
        <source>&amp;Heading</source>
        <translation>&amp;Subjudul isi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="172"/>
        <source>&amp;Quote</source>
        <translation>&amp;Kutipan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="174"/>
        <source>Bulleted &amp;List</source>
        <translation>&amp;Daftar berbutir</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="176"/>
        <source>&amp;Numbered List</source>
        <translation>Daftar &amp;bernomor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="178"/>
        <source>&amp;Link</source>
        <translation>&amp;Tautan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="180"/>
        <source>Horizontal &amp;Rule</source>
        <translation>&amp;Garis pemisah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="264"/>
        <source>link text</source>
        <translation>teks tautan</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="148"/>
        <source>Headline</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="155"/>
        <source>Sub-headline</source>
        <translation>Subjudul</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="158"/>
        <source>Rubric</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="163"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="167"/>
        <source>Byline</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="168"/>
        <source>Byline: who wrote the story</source>
        <translation>Penulis: siapa yang menulis berita</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="170"/>
        <source>Initials</source>
        <translation>Inisial</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="171"/>
        <source>Initials printed at the end of the story</source>
        <translation>Inisial di akhir berita</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="178"/>
        <source>More fields</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="184"/>
        <source>Slug: the article&apos;s address; follows the headline until you edit it</source>
        <translation>Slug: alamat artikel; mengikuti judul sampai Anda mengubahnya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="188"/>
        <source>Fixed</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="189"/>
        <source>When not fixed, the slug follows the headline</source>
        <translation>Bila tidak dikunci, slug mengikuti judul</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="191"/>
        <source>e.g. Samarinda</source>
        <translation>mis. Samarinda</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="201"/>
        <source>Lead: the first paragraph that sums up the story</source>
        <translation>Teras berita: paragraf pembuka yang merangkum berita</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="205"/>
        <source>Tags, separated by commas</source>
        <translation>Tag, dipisah koma</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="213"/>
        <source>Kind of article; an advertorial carries the label “Advertorial” in every export</source>
        <translation>Jenis naskah; advertorial diberi label “Advertorial” di setiap ekspor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="244"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="244"/>
        <source>Dateline</source>
        <translation>Dateline</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="244"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="244"/>
        <source>Lead</source>
        <translation>Teras</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="245"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="245"/>
        <source>SEO title</source>
        <translation>Judul SEO</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="245"/>
        <source>SEO description</source>
        <translation>Deskripsi SEO</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="246"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="312"/>
        <source>Uncategorised</source>
        <translation>Tanpa rubrik</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="38"/>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="40"/>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="46"/>
        <source>A new language is used from the next start.</source>
        <translation>Bahasa baru dipakai mulai aplikasi dibuka lagi.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="50"/>
        <source>WIB (western Indonesia, UTC+7)</source>
        <translation>WIB (Waktu Indonesia Barat, UTC+7)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="51"/>
        <source>WITA (central Indonesia, UTC+8)</source>
        <translation>WITA (Waktu Indonesia Tengah, UTC+8)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="52"/>
        <source>WIT (eastern Indonesia, UTC+9)</source>
        <translation>WIT (Waktu Indonesia Timur, UTC+9)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="57"/>
        <source>Time zone of new articles</source>
        <translation>Zona waktu artikel baru</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="59"/>
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="61"/>
        <source>Default time zone:</source>
        <translation>Zona waktu bawaan:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="63"/>
        <source>Writing</source>
        <translation>Menulis</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="64"/>
        <source>Turn typed quotes into curly quotes</source>
        <translation>Ubah tanda kutip yang diketik menjadi melengkung</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="67"/>
        <source>Check spelling (Indonesian)</source>
        <translation>Periksa ejaan (bahasa Indonesia)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="73"/>
        <source>Character limits</source>
        <translation>Batas karakter</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="74"/>
        <source>Headline:</source>
        <translation>Judul:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="74"/>
        <source>Sub-headline:</source>
        <translation>Subjudul:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="75"/>
        <source>Lead:</source>
        <translation>Teras berita:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="75"/>
        <source>SEO title:</source>
        <translation>Judul SEO:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="76"/>
        <source>SEO description:</source>
        <translation>Deskripsi SEO:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/preferences.py" line="83"/>
        <source> characters</source>
        <translation> karakter</translation>
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
        <location filename="../../src/editorberita/ui/qtstrings.py" line="85"/>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="86"/>
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
        <translation>OK</translation>
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
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/editorberita/ui/dialogs.py" line="39"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/dialogs.py" line="51"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/dialogs.py" line="51"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/dialogs.py" line="52"/>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
</context>
<context>
    <name>SidebarModel</name>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="236"/>
        <source>Rubric</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="236"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="340"/>
        <source>All articles</source>
        <translation>Semua artikel</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="341"/>
        <source>Drafts</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="342"/>
        <source>In review</source>
        <translation>Disunting</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="343"/>
        <source>Ready</source>
        <translation>Siap tayang</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="344"/>
        <source>Published</source>
        <translation>Tayang</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="345"/>
        <source>Changed since export</source>
        <translation>Ekspor usang</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="346"/>
        <source>Trash</source>
        <translation>Sampah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="350"/>
        <source>Rubrics</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="361"/>
        <source>Uncategorised</source>
        <translation>Tanpa rubrik</translation>
    </message>
</context>
<context>
    <name>SidebarView</name>
    <message>
        <location filename="../../src/editorberita/ui/sidebar.py" line="104"/>
        <source>New rubric…</source>
        <translation>Rubrik baru…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sidebar.py" line="108"/>
        <source>New sub-rubric…</source>
        <translation>Subrubrik baru…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sidebar.py" line="111"/>
        <source>Rename…</source>
        <translation>Ganti nama…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sidebar.py" line="113"/>
        <source>Move to…</source>
        <translation>Pindahkan ke…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/sidebar.py" line="115"/>
        <source>Delete rubric…</source>
        <translation>Hapus rubrik…</translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <location filename="../../src/editorberita/ui/spellcheck.py" line="439"/>
        <source>Looking for suggestions…</source>
        <translation>Mencari saran…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/spellcheck.py" line="441"/>
        <source>Add to dictionary</source>
        <translation>Tambahkan ke kamus</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/spellcheck.py" line="443"/>
        <source>Add the word to the desk&apos;s word list, for everyone using this database</source>
        <translation>Tambahkan kata ke kamus redaksi, untuk semua pengguna basis data ini</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/spellcheck.py" line="446"/>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/spellcheck.py" line="467"/>
        <source>No suggestions</source>
        <translation>Tidak ada saran</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="55"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="56"/>
        <source>In review</source>
        <translation>Disunting</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="57"/>
        <source>Ready</source>
        <translation>Siap tayang</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="58"/>
        <source>Published</source>
        <translation>Tayang</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="59"/>
        <source>Corrected</source>
        <translation>Ralat</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="60"/>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
    </message>
</context>
</TS>
