<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="550"/>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="555"/>
        <source>Uncategorised</source>
        <translation>Tanpa rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="576"/>
        <source>Headline</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="576"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="576"/>
        <source>Rubric</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="577"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
</context>
<context>
    <name>ArticleListPane</name>
    <message>
        <location filename="../../src/editorberita/ui/articlelist.py" line="136"/>
        <source>Search articles…</source>
        <translation>Cari artikel…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/articlelist.py" line="140"/>
        <source>Newest</source>
        <translation>Terbaru</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/articlelist.py" line="140"/>
        <source>Oldest</source>
        <translation>Terlama</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/articlelist.py" line="140"/>
        <source>A–Z</source>
        <translation>A–Z</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/articlelist.py" line="141"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/articlelist.py" line="142"/>
        <source>Sort the list</source>
        <translation>Urutkan daftar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/articlelist.py" line="253"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artikel</numerusform>
        </translation>
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
    <name>ExportActions</name>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="30"/>
        <source>Export to folder</source>
        <translation>Ekspor ke folder</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="37"/>
        <source>HTML page</source>
        <translation>Halaman HTML</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="37"/>
        <source>HTML fragment</source>
        <translation>Potongan HTML</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="38"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="45"/>
        <location filename="../../src/editorberita/ui/exporting.py" line="56"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="45"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="54"/>
        <source>Exporting articles…</source>
        <translation>Mengekspor artikel…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="54"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="72"/>
        <location filename="../../src/editorberita/ui/exporting.py" line="98"/>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="76"/>
        <source>{done} of {total} articles exported to {folder}</source>
        <translation>{done} dari {total} artikel diekspor ke {folder}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="79"/>
        <source>(cancelled)</source>
        <translation>(dibatalkan)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="84"/>
        <source>Some articles were not exported</source>
        <translation>Beberapa artikel tidak terekspor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="101"/>
        <source>Exported to {path}</source>
        <translation>Diekspor ke {path}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="134"/>
        <source>HTML copied to the clipboard.</source>
        <translation>HTML disalin ke papan klip.</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="261"/>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="592"/>
        <source>The article could not be saved</source>
        <extracomment>Emitted once, right after the first paint has reached the screen (start-up).</extracomment>
        <translation>Artikel tidak dapat disimpan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="300"/>
        <source>&amp;New article</source>
        <translation>Artikel &amp;baru</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="301"/>
        <source>Write a new article in the selected rubric</source>
        <translation>Tulis artikel baru di rubrik terpilih</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="302"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="303"/>
        <source>Save now and record a revision</source>
        <translation>Simpan sekarang dan catat revisi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="304"/>
        <source>New &amp;rubric…</source>
        <translation>&amp;Rubrik baru…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="306"/>
        <source>Rena&amp;me rubric…</source>
        <translation>&amp;Ganti nama rubrik…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="308"/>
        <source>&amp;Delete rubric…</source>
        <translation>&amp;Hapus rubrik…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="309"/>
        <source>Move to &amp;Trash</source>
        <translation>Buang ke &amp;Sampah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="311"/>
        <source>Restore from Trash</source>
        <translation>Pulihkan dari Sampah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="312"/>
        <source>Empty Trash…</source>
        <translation>Kosongkan Sampah…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="313"/>
        <source>Export as HTML &amp;page…</source>
        <translation>Ekspor sebagai &amp;halaman HTML…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="315"/>
        <source>Export as HTML &amp;fragment…</source>
        <translation>Ekspor sebagai &amp;potongan HTML…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="317"/>
        <source>Export as &amp;Markdown…</source>
        <translation>Ekspor sebagai &amp;Markdown…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="319"/>
        <source>Export &amp;selected articles…</source>
        <translation>Ekspor artikel &amp;terpilih…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="321"/>
        <source>Export the whole rubric or &amp;view…</source>
        <translation>Ekspor seluruh rubrik atau &amp;tampilan…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="323"/>
        <source>&amp;Copy HTML</source>
        <translation>&amp;Salin HTML</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="324"/>
        <source>Copy the article as HTML for the CMS</source>
        <translation>Salin artikel sebagai HTML untuk CMS</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="325"/>
        <source>Open in &amp;browser</source>
        <translation>Buka di &amp;peramban</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="327"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="328"/>
        <source>&amp;Find…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="329"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Ganti…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="330"/>
        <source>&amp;Search articles</source>
        <translation>Cari &amp;artikel</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="332"/>
        <source>Edit &amp;headline</source>
        <translation>Sunting &amp;judul</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="333"/>
        <source>Go to rubrics</source>
        <translation>Ke panel rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="335"/>
        <source>Go to article list</source>
        <translation>Ke daftar artikel</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="337"/>
        <source>Go to editor</source>
        <translation>Ke penyunting</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="339"/>
        <source>Next article</source>
        <translation>Artikel berikutnya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="341"/>
        <source>Previous article</source>
        <translation>Artikel sebelumnya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="343"/>
        <source>Show &amp;preview</source>
        <translation>&amp;Pratinjau</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="345"/>
        <source>Show &amp;more fields</source>
        <translation>Kolom &amp;lainnya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="347"/>
        <source>&amp;Focus mode</source>
        <translation>Mode &amp;fokus</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="349"/>
        <source>Smart &amp;quotes</source>
        <translation>Tanda &amp;kutip cerdas</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="351"/>
        <source>F&amp;ull screen</source>
        <translation>Layar &amp;penuh</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="353"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan papan ketik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="354"/>
        <source>&amp;About EditorBerita</source>
        <translation>&amp;Tentang EditorBerita</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="385"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="386"/>
        <source>E&amp;xport</source>
        <translation>E&amp;kspor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="399"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="403"/>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="408"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="410"/>
        <source>&amp;Rubric</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="411"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="417"/>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="420"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Penampilan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="422"/>
        <source>Follow the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="423"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="423"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="433"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="443"/>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="467"/>
        <source>Article list</source>
        <translation>Daftar artikel</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="561"/>
        <source>Saved at {time}</source>
        <translation>Tersimpan {time}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="567"/>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="586"/>
        <source>{headline} (copy)</source>
        <translation>{headline} (salinan)</translation>
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
        <translation>Ekspor</translation>
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
        <location filename="../../src/editorberita/ui/mainwindow.py" line="665"/>
        <source>Editing…</source>
        <translation>Menyunting…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="674"/>
        <source>Saved; revision recorded.</source>
        <translation>Tersimpan; revisi dicatat.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="678"/>
        <source>{words} words · {chars} characters · {minutes} min read</source>
        <translation>{words} kata · {chars} karakter · {minutes} menit baca</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/mainwindow.py" line="716"/>
        <source>%n article(s) moved to the Trash</source>
        <translation>
            <numerusform>%n artikel dibuang ke Sampah</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="733"/>
        <source>Empty Trash</source>
        <translation>Kosongkan Sampah</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/mainwindow.py" line="734"/>
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
        <location filename="../../src/editorberita/ui/mainwindow.py" line="799"/>
        <source>About EditorBerita</source>
        <translation>Tentang EditorBerita</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="800"/>
        <source>EditorBerita {version}
An offline article editor for Indonesian news desks.</source>
        <translation>EditorBerita {version}
Penyunting artikel luring untuk meja redaksi Indonesia.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="816"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="817"/>
        <source>The new language is used from the next start.</source>
        <translation>Bahasa baru dipakai mulai saat aplikasi dibuka lagi.</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="190"/>
        <source>&amp;Bold</source>
        <extracomment>The source line at the top of the view changed because the user scrolled.</extracomment>
        <translation>&amp;Tebal</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="192"/>
        <source>&amp;Italic</source>
        <translation>&amp;Miring</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="194"/>
        <source>&amp;Heading</source>
        <translation>&amp;Subjudul isi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="196"/>
        <source>&amp;Quote</source>
        <translation>&amp;Kutipan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="198"/>
        <source>Bulleted &amp;List</source>
        <translation>&amp;Daftar berbutir</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="200"/>
        <source>&amp;Numbered List</source>
        <translation>Daftar &amp;bernomor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="202"/>
        <source>&amp;Link</source>
        <translation>&amp;Tautan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="204"/>
        <source>Horizontal &amp;Rule</source>
        <translation>&amp;Garis pemisah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="288"/>
        <source>link text</source>
        <translation>teks tautan</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="137"/>
        <source>Headline</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="144"/>
        <source>Sub-headline</source>
        <translation>Subjudul</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="147"/>
        <source>Rubric</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="152"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="156"/>
        <source>Byline</source>
        <translation>Penulis</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="157"/>
        <source>Byline: who wrote the story</source>
        <translation>Penulis: siapa yang menulis berita</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="159"/>
        <source>Initials</source>
        <translation>Inisial</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="160"/>
        <source>Initials printed at the end of the story</source>
        <translation>Inisial di akhir berita</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="167"/>
        <source>More fields</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="173"/>
        <source>Slug: the article&apos;s address; follows the headline until you edit it</source>
        <translation>Slug: alamat artikel; mengikuti judul sampai Anda mengubahnya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="177"/>
        <source>Fixed</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="178"/>
        <source>When not fixed, the slug follows the headline</source>
        <translation>Bila tidak dikunci, slug mengikuti judul</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="180"/>
        <source>e.g. Samarinda</source>
        <translation>mis. Samarinda</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="190"/>
        <source>Lead: the first paragraph that sums up the story</source>
        <translation>Teras berita: paragraf pembuka yang merangkum berita</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="194"/>
        <source>Tags, separated by commas</source>
        <translation>Tag, dipisah koma</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="230"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="230"/>
        <source>Dateline</source>
        <translation>Dateline</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="230"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="230"/>
        <source>Lead</source>
        <translation>Teras</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="231"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="231"/>
        <source>SEO title</source>
        <translation>Judul SEO</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="231"/>
        <source>SEO description</source>
        <translation>Deskripsi SEO</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/metadata.py" line="296"/>
        <source>Uncategorised</source>
        <translation>Tanpa rubrik</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/editorberita/ui/qtstrings.py" line="44"/>
        <source>Choose</source>
        <translation>Pilih</translation>
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
    <name>RubricActions</name>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="34"/>
        <source>New rubric</source>
        <translation>Rubrik baru</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="34"/>
        <location filename="../../src/editorberita/ui/rubrics.py" line="54"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="40"/>
        <source>The rubric was not created</source>
        <translation>Rubrik tidak dibuat</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="54"/>
        <source>Rename rubric</source>
        <translation>Ganti nama rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="61"/>
        <source>The rubric was not renamed</source>
        <translation>Nama rubrik tidak diganti</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="81"/>
        <location filename="../../src/editorberita/ui/rubrics.py" line="131"/>
        <source>Uncategorised</source>
        <translation>Tanpa rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="83"/>
        <source>Delete rubric</source>
        <translation>Hapus rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="84"/>
        <source>Delete the rubric “{name}”? Its articles and sub-rubrics are kept: they move to “{parent}”.</source>
        <translation>Hapus rubrik “{name}”? Artikel dan subrubriknya tetap ada: semuanya pindah ke “{parent}”.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="100"/>
        <source>(top level)</source>
        <translation>(tingkat teratas)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="101"/>
        <source>Move rubric</source>
        <translation>Pindahkan rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="101"/>
        <source>Move under:</source>
        <translation>Pindahkan ke bawah:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="114"/>
        <source>The rubric was not moved</source>
        <translation>Rubrik tidak dipindahkan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/rubrics.py" line="124"/>
        <source>The articles were not moved</source>
        <translation>Artikel tidak dipindahkan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/rubrics.py" line="133"/>
        <source>%n article(s) moved to {rubric}</source>
        <translation>
            <numerusform>%n artikel dipindahkan ke {rubric}</numerusform>
        </translation>
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
        <location filename="../../src/editorberita/ui/models.py" line="250"/>
        <source>Rubric</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="250"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="354"/>
        <source>All articles</source>
        <translation>Semua artikel</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="355"/>
        <source>Drafts</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="356"/>
        <source>In review</source>
        <translation>Disunting</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="357"/>
        <source>Ready</source>
        <translation>Siap tayang</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="358"/>
        <source>Published</source>
        <translation>Tayang</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="359"/>
        <source>Changed since export</source>
        <translation>Ekspor usang</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="360"/>
        <source>Trash</source>
        <translation>Sampah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="364"/>
        <source>Rubrics</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="375"/>
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
    <name>Status</name>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="63"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="64"/>
        <source>In review</source>
        <translation>Disunting</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="65"/>
        <source>Ready</source>
        <translation>Siap tayang</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="66"/>
        <source>Published</source>
        <translation>Tayang</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="67"/>
        <source>Corrected</source>
        <translation>Ralat</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/models.py" line="68"/>
        <source>Withdrawn</source>
        <translation>Ditarik</translation>
    </message>
</context>
</TS>
