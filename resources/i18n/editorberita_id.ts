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
    <message>
        <location filename="../../src/editorberita/ui/dialogs.py" line="149"/>
        <source>Copy details</source>
        <translation>Salin rincian</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/dialogs.py" line="162"/>
        <source>Copied</source>
        <translation>Tersalin</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="36"/>
        <source>Export to folder</source>
        <translation>Ekspor ke folder</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="43"/>
        <source>HTML page</source>
        <translation>Halaman HTML</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="43"/>
        <source>HTML fragment</source>
        <translation>Potongan HTML</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="44"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="51"/>
        <location filename="../../src/editorberita/ui/exporting.py" line="62"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="51"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="60"/>
        <source>Exporting articles…</source>
        <translation>Mengekspor artikel…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="60"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="78"/>
        <location filename="../../src/editorberita/ui/exporting.py" line="113"/>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="82"/>
        <source>{done} of {total} articles exported to {folder}</source>
        <translation>{done} dari {total} artikel diekspor ke {folder}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="85"/>
        <source>(cancelled)</source>
        <translation>(dibatalkan)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="90"/>
        <source>Some articles were not exported</source>
        <translation>Beberapa artikel tidak terekspor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="100"/>
        <source>Pictures without alt text</source>
        <translation>Gambar tanpa teks alternatif</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="101"/>
        <source>Export anyway?</source>
        <translation>Tetap ekspor?</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="116"/>
        <source>Exported to {path}</source>
        <translation>Diekspor ke {path}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/exporting.py" line="149"/>
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
        <location filename="../../src/editorberita/ui/mainwindow.py" line="281"/>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="628"/>
        <source>The article could not be saved</source>
        <extracomment>Emitted once, right after the first paint has reached the screen (start-up).</extracomment>
        <translation>Artikel tidak dapat disimpan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="320"/>
        <source>&amp;New article</source>
        <translation>Artikel &amp;baru</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="321"/>
        <source>Write a new article in the selected rubric</source>
        <translation>Tulis artikel baru di rubrik terpilih</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="322"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="323"/>
        <source>Save now and record a revision</source>
        <translation>Simpan sekarang dan catat revisi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="324"/>
        <source>New &amp;rubric…</source>
        <translation>&amp;Rubrik baru…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="326"/>
        <source>Rena&amp;me rubric…</source>
        <translation>&amp;Ganti nama rubrik…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="328"/>
        <source>&amp;Delete rubric…</source>
        <translation>&amp;Hapus rubrik…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="329"/>
        <source>Move to &amp;Trash</source>
        <translation>Buang ke &amp;Sampah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="331"/>
        <source>Restore from Trash</source>
        <translation>Pulihkan dari Sampah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="332"/>
        <source>Empty Trash…</source>
        <translation>Kosongkan Sampah…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="333"/>
        <source>Export as HTML &amp;page…</source>
        <translation>Ekspor sebagai &amp;halaman HTML…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="335"/>
        <source>Export as HTML &amp;fragment…</source>
        <translation>Ekspor sebagai &amp;potongan HTML…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="337"/>
        <source>Export as &amp;Markdown…</source>
        <translation>Ekspor sebagai &amp;Markdown…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="339"/>
        <source>Export &amp;selected articles…</source>
        <translation>Ekspor artikel &amp;terpilih…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="341"/>
        <source>Export the whole rubric or &amp;view…</source>
        <translation>Ekspor seluruh rubrik atau &amp;tampilan…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="343"/>
        <source>&amp;Copy HTML</source>
        <translation>&amp;Salin HTML</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="344"/>
        <source>Copy the article as HTML for the CMS</source>
        <translation>Salin artikel sebagai HTML untuk CMS</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="345"/>
        <source>Open in &amp;browser</source>
        <translation>Buka di &amp;peramban</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="347"/>
        <source>&amp;Insert picture…</source>
        <translation>&amp;Sisipkan gambar…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="348"/>
        <source>Insert a photo (JPEG, PNG or WebP) at the cursor</source>
        <translation>Sisipkan foto (JPEG, PNG atau WebP) di posisi kursor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="349"/>
        <source>Add &amp;featured picture…</source>
        <translation>Tambah &amp;foto utama…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="351"/>
        <source>Picture &amp;library…</source>
        <translation>&amp;Pustaka gambar…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="352"/>
        <source>Reuse a picture stored in this database</source>
        <translation>Pakai lagi gambar yang tersimpan di basis data</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="353"/>
        <source>Keep &amp;original size</source>
        <translation>Pertahankan ukuran &amp;asli</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="355"/>
        <source>Store new pictures without scaling them down</source>
        <translation>Simpan gambar baru tanpa diperkecil</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="356"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="357"/>
        <source>&amp;Find…</source>
        <translation>&amp;Cari…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="358"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Ganti…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="359"/>
        <source>&amp;Search articles</source>
        <translation>Cari &amp;artikel</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="361"/>
        <source>Edit &amp;headline</source>
        <translation>Sunting &amp;judul</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="362"/>
        <source>Go to rubrics</source>
        <translation>Ke panel rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="364"/>
        <source>Go to article list</source>
        <translation>Ke daftar artikel</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="366"/>
        <source>Go to editor</source>
        <translation>Ke penyunting</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="368"/>
        <source>Next article</source>
        <translation>Artikel berikutnya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="370"/>
        <source>Previous article</source>
        <translation>Artikel sebelumnya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="372"/>
        <source>Show &amp;preview</source>
        <translation>&amp;Pratinjau</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="374"/>
        <source>Show &amp;more fields</source>
        <translation>Kolom &amp;lainnya</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="376"/>
        <source>&amp;Focus mode</source>
        <translation>Mode &amp;fokus</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="378"/>
        <source>Smart &amp;quotes</source>
        <translation>Tanda &amp;kutip cerdas</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="380"/>
        <source>F&amp;ull screen</source>
        <translation>Layar &amp;penuh</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="382"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan papan ketik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="383"/>
        <source>&amp;About EditorBerita</source>
        <translation>&amp;Tentang EditorBerita</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="416"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="417"/>
        <source>E&amp;xport</source>
        <translation>E&amp;kspor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="430"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="434"/>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="439"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="441"/>
        <source>&amp;Pictures</source>
        <translation>&amp;Gambar</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="443"/>
        <source>&amp;Rubric</source>
        <translation>&amp;Rubrik</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="444"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="450"/>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="453"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Penampilan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="455"/>
        <source>Follow the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="456"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="456"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="466"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="476"/>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="500"/>
        <source>Article list</source>
        <translation>Daftar artikel</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="597"/>
        <source>Saved at {time}</source>
        <translation>Tersimpan {time}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="603"/>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="622"/>
        <source>{headline} (copy)</source>
        <translation>{headline} (salinan)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="901"/>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="904"/>
        <source>The picture was not added</source>
        <translation>Gambar tidak ditambahkan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/mainwindow.py" line="928"/>
        <source>%n picture(s) inserted; add a caption and credit.</source>
        <translation>
            <numerusform>%n gambar disisipkan; isi keterangan foto dan kreditnya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="935"/>
        <source>Pictures (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Gambar (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="958"/>
        <source>Insert picture</source>
        <translation>Sisipkan gambar</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="964"/>
        <source>Featured picture</source>
        <translation>Foto utama</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="1006"/>
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
        <location filename="../../src/editorberita/ui/mainwindow.py" line="703"/>
        <source>Editing…</source>
        <translation>Menyunting…</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="712"/>
        <source>Saved; revision recorded.</source>
        <translation>Tersimpan; revisi dicatat.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="716"/>
        <source>{words} words · {chars} characters · {minutes} min read</source>
        <translation>{words} kata · {chars} karakter · {minutes} menit baca</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/mainwindow.py" line="754"/>
        <source>%n article(s) moved to the Trash</source>
        <translation>
            <numerusform>%n artikel dibuang ke Sampah</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="771"/>
        <source>Empty Trash</source>
        <translation>Kosongkan Sampah</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/mainwindow.py" line="772"/>
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
        <location filename="../../src/editorberita/ui/app.py" line="291"/>
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
        <location filename="../../src/editorberita/ui/mainwindow.py" line="852"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/mainwindow.py" line="853"/>
        <source>The new language is used from the next start.</source>
        <translation>Bahasa baru dipakai mulai saat aplikasi dibuka lagi.</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="215"/>
        <source>&amp;Bold</source>
        <extracomment>The source line at the top of the view changed because the user scrolled.</extracomment>
        <translation>&amp;Tebal</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="217"/>
        <source>&amp;Italic</source>
        <translation>&amp;Miring</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="219"/>
        <source>&amp;Heading</source>
        <translation>&amp;Subjudul isi</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="221"/>
        <source>&amp;Quote</source>
        <translation>&amp;Kutipan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="223"/>
        <source>Bulleted &amp;List</source>
        <translation>&amp;Daftar berbutir</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="225"/>
        <source>&amp;Numbered List</source>
        <translation>Daftar &amp;bernomor</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="227"/>
        <source>&amp;Link</source>
        <translation>&amp;Tautan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="229"/>
        <source>Horizontal &amp;Rule</source>
        <translation>&amp;Garis pemisah</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/editor.py" line="313"/>
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
    <name>PictureLibraryDialog</name>
    <message>
        <location filename="../../src/editorberita/ui/pictures.py" line="225"/>
        <source>Picture library</source>
        <translation>Pustaka gambar</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictures.py" line="242"/>
        <location filename="../../src/editorberita/ui/pictures.py" line="290"/>
        <source>(no caption)</source>
        <translation>(tanpa keterangan)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictures.py" line="252"/>
        <source>No pictures in this database yet. Insert one with Pictures › Insert picture, or drop a photo on the editor.</source>
        <translation>Belum ada gambar di basis data ini. Sisipkan lewat Gambar › Sisipkan gambar, atau seret foto ke editor.</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictures.py" line="259"/>
        <source>Insert into article</source>
        <translation>Sisipkan ke artikel</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictures.py" line="261"/>
        <source>Use as featured picture</source>
        <translation>Jadikan foto utama</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictures.py" line="293"/>
        <source>{width} × {height} pixels, {size} KB</source>
        <translation>{width} × {height} piksel, {size} KB</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictures.py" line="297"/>
        <source>(untitled)</source>
        <translation>(tanpa judul)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/editorberita/ui/pictures.py" line="300"/>
        <source>and %n more</source>
        <translation>
            <numerusform>dan %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictures.py" line="301"/>
        <source>Used in: {articles}</source>
        <translation>Dipakai di: {articles}</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictures.py" line="303"/>
        <source>Not used in any article</source>
        <translation>Belum dipakai di artikel mana pun</translation>
    </message>
</context>
<context>
    <name>PicturePanel</name>
    <message>
        <location filename="../../src/editorberita/ui/pictures.py" line="77"/>
        <source>Photo caption: who, what, where</source>
        <translation>Keterangan foto: siapa, apa, di mana</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictures.py" line="80"/>
        <source>e.g. Photo: Diskominfo Kaltim</source>
        <translation>mis. Foto: Diskominfo Kaltim</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictures.py" line="83"/>
        <source>What the picture shows, for screen readers</source>
        <translation>Isi gambar, untuk pembaca layar</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictures.py" line="84"/>
        <source>Featured picture</source>
        <translation>Foto utama</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictures.py" line="86"/>
        <source>Show this picture at the top of the article and in link previews (og:image)</source>
        <translation>Tampilkan gambar ini di atas artikel dan di pratinjau tautan (og:image)</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictures.py" line="93"/>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictures.py" line="94"/>
        <source>Credit</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictures.py" line="95"/>
        <source>Alt text</source>
        <translation>Teks alternatif</translation>
    </message>
    <message>
        <location filename="../../src/editorberita/ui/pictures.py" line="135"/>
        <location filename="../../src/editorberita/ui/pictures.py" line="173"/>
        <source>(no caption)</source>
        <translation>(tanpa keterangan)</translation>
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
