"""Messages from ``core`` to the user: a code and its parameters, never prose to parse.

The rule (issue 13, item 8): code in ``core`` that has something to tell the user raises (or
returns) a ``Message``: a code naming one sentence of ``CATALOGUE`` and the values to put in
it. ``core`` never builds the final sentence for the window and nobody reads one back.

- The command line and the logs show ``Message.text()``: the Indonesian sentence from this one
  catalogue (``str()`` of an ``EditorBeritaError`` made from a message is that sentence).
- The window shows ``ui.messages.explain(...)``: the same code worded in English in ``tr()``
  and translated to Indonesian through the ``.ts`` file, so the English interface is whole.
- A parameter may itself be a ``Message`` (an operating-system reason inside "could not be
  read"); both sides render it in their own language. Whole numbers are left as ``int`` and
  grouped by each side in its own way (6.000 here, 6,000 in the English window).

Every message of ``core`` that the window shows is a code: files and OS errors, the database
file (opening, locks, damage, read-only, disk full), records gone from the store, rubrics,
backups, pictures, corrections, the desk word list, export (each failed or warned article of
``ExportSummary`` carries its ``Message``), the check before export (each ``Problem`` of
``core.checks``, the EYD V findings of ``core.eyd`` among them) and sending to a site
(``core.send``: site profiles, the site's refusals, a send's warnings, WXR notes; the outbox
keeps its reason as ``stored`` JSON, read back by ``from_stored``), the send status line
(``core.send.status`` gives facts, the window words them) and a server desk's refusals
(``core.store.server``: unreachable, login, database, rights, disk, lock, read-only); conflicts
and leases are told by their type (the window has its own words for them). Still Indonesian
strings (``EditorBeritaError("...")``), printed only by the command line: importing Markdown
files (``core.importer``, ``core.mdfile``, ``core.pictureimport``) and copying a desk
(``core.store.moving``). A new message is a code. Pure Python, no imports of ours.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

# One Indonesian sentence per code; "{name}" fields are filled from the parameters.
CATALOGUE: Mapping[str, str] = MappingProxyType({
    # Operating-system errors: "os.file" frames one reason ("os.<errno name>").
    "os.file": "Berkas {path} tidak dapat {action}: {reason}.",
    "os.file_in_use": "Berkas {path} tidak dapat {action}: berkasnya sedang dibuka program lain.",
    "os.action.read": "dibaca",
    "os.action.open": "dibuka",
    "os.action.write": "ditulis",
    "os.action.create": "dibuat",
    "os.action.use": "dipakai",
    "os.EACCES.read": "tidak ada izin membacanya",
    "os.EACCES": "tidak ada izin menulis di folder itu",
    "os.EPERM": "sistem menolaknya (tidak ada izin, atau berkasnya dikunci)",
    "os.EROFS": "foldernya hanya-baca",
    "os.ENOSPC": "disk penuh",
    "os.EDQUOT": "kuota disk habis",
    "os.ENAMETOOLONG": "nama atau jalurnya terlalu panjang",
    "os.ENOENT": "berkas atau foldernya tidak ada",
    "os.ENOTDIR": "salah satu bagian jalurnya bukan folder",
    "os.EISDIR": "itu sebuah folder, bukan berkas",
    "os.EFBIG": "berkasnya melebihi batas ukuran yang diizinkan",
    "os.EBUSY": "berkasnya sedang dipakai program lain",
    "os.EIO": "galat baca-tulis pada disk atau media (periksa kabel, kartu atau diska)",
    "os.ELOOP": "jalurnya berisi tautan simbolik yang berputar atau terlalu banyak",
    "os.EEXIST": "sudah ada berkas dengan nama itu",
    "os.EINVAL": "namanya tidak sah di sistem berkas ini",
    "os.EMFILE": "terlalu banyak berkas terbuka; tutup beberapa program lalu coba lagi",
    "os.ENOTEMPTY": "foldernya tidak kosong",
    "os.EXDEV": "tidak bisa dipindah antar-disk",
    "os.ETIMEDOUT": "folder jaringan tidak menjawab",
    "os.ESTALE": "folder jaringan terputus; buka lagi foldernya",
    "os.ENODEV": "perangkatnya tidak ada (diska atau kartu dicabut?)",
    "os.other": "galat sistem {name}{detail}",
    # Records gone from the store (core.store).
    "article.not_found": "Artikel #{id} tidak ditemukan.",
    "rubric.not_found": "Rubrik #{id} tidak ditemukan.",
    "picture.not_found": "Gambar #{id} tidak ditemukan.",
    "revision.not_found": "Revisi #{id} tidak ditemukan.",
    # Rubrics (core.domain's rules, enforced by the store).
    "rubric.empty_name": "Nama rubrik tidak boleh kosong.",
    "rubric.name_too_long": "Nama rubrik terlalu panjang ({length} karakter; batasnya {limit}).",
    "rubric.into_itself": "Rubrik tidak bisa dipindah ke dalam dirinya sendiri.",
    "rubric.taken": "Rubrik “{name}” sudah ada di tempat itu.",
    "rubric.too_deep": "Rubrik paling dalam {limit} tingkat; yang ini akan menjadi tingkat "
                       "ke-{depth}.",
    # The database file (core.sqlite, core.health, core.store.opening).
    "db.locked": "Basis data {path} sedang dikunci oleh program lain. Tidak ada yang rusak; "
                 "coba lagi sebentar lagi.",
    "db.damaged": "Basis data {path} rusak ({problem}). Jangan menulis ke berkas itu lagi; "
                  "pulihkan dari cadangan yang baik (editorberita restore).",
    "db.disk_full": "Disk penuh: {path} tidak bisa ditulis. Kosongkan ruang disk, lalu ulangi; "
                    "tidak ada yang hilang.",
    "db.read_only": "Basis data {path} hanya bisa dibaca (disk, folder atau berkasnya tidak "
                    "bisa ditulis); tidak ada yang diubah.",
    "db.io_error": "Basis data {path} tidak bisa dibaca atau ditulis (galat disk: {problem}).",
    "db.not_sqlite": "Berkas {path} bukan basis data SQLite (kepala berkasnya rusak).",
    "db.no_migrations": "Skrip migrasi basis data tidak ditemukan di {folder}: instalasi "
                        "EditorBerita tidak lengkap. Pasang ulang aplikasinya; basis data tidak "
                        "diubah.",
    "db.foreign": "Berkas {path} adalah basis data program lain, bukan EditorBerita; berkas itu "
                  "tidak diubah. Pilih berkas basis data EditorBerita atau nama berkas baru.",
    "db.too_new": "Basis data {path} dibuat oleh EditorBerita yang lebih baru (skema "
                  "{version}); perbarui aplikasi untuk membukanya. Berkas itu tidak diubah.",
    "db.is_folder": "{path} adalah folder, bukan berkas basis data.",
    "db.not_opened": "Basis data {path} tidak dapat dibuka: {reason}",
    "db.not_found": "Basis data {path} tidak ditemukan.",
    # A desk on a PostgreSQL server (core.store.server); the command line's way back is --db.
    "server.login": "Server meja {where} menolak nama pengguna atau kata sandinya. Periksa "
                    "keduanya (kata sandi: PGPASSWORD atau ~/.pgpass). Kembali ke meja lokal "
                    "dengan membuka tanpa --db.",
    "server.no_database": "Server meja untuk {where} tidak punya basis data itu. Periksa "
                          "namanya, atau minta pengelola server membuatnya (createdb). Kembali "
                          "ke meja lokal dengan membuka tanpa --db.",
    "server.no_rights": "Pengguna {where} tidak punya hak membaca atau mengubah meja itu. Minta "
                        "pengelola server memberi hak (GRANT). Kembali ke meja lokal dengan "
                        "membuka tanpa --db.",
    "server.disk_full": "Disk server meja {where} penuh; tidak ada yang hilang. Minta pengelola "
                        "server mengosongkan ruang, lalu ulangi.",
    "server.locked": "Meja {where} sedang sibuk (terkunci penyunting lain). Tidak ada yang "
                     "rusak; coba lagi sebentar lagi.",
    "server.read_only": "Meja {where} hanya bisa dibaca saat ini; tidak ada yang diubah.",
    "server.unreachable": "Server meja {where} tidak bisa dihubungi (server mati, alamat atau "
                          "port salah, atau jaringan putus). Tidak ada yang hilang. Kembali ke "
                          "meja lokal dengan membuka tanpa --db.",
    "db.invalid_value": "Basis data {path} menyimpan nilai yang tidak sah di sebuah artikel "
                        "(“{value}”); berkasnya mungkin diubah program lain. Pulihkan dari "
                        "cadangan.",
    "db.old_schema_read_only": "Basis data {path} memakai skema {version}, bukan {head}; tidak "
                               "bisa dibuka hanya-baca.",
    "db.no_schema_read_only": "Basis data {path} memakai skema kosong, bukan {head}; tidak "
                              "bisa dibuka hanya-baca.",
    "db.damaged_no_backup": "Basis data {path} rusak ({problem}); tidak ada cadangan baik yang "
                            "dibuat. Cadangan lama tetap disimpan.",
    "db.damaged_no_backup_kept": "Basis data {path} rusak ({problem}); tidak ada cadangan baik "
                                 "yang dibuat. Cadangan lama tetap disimpan. Salinan apa "
                                 "adanya disimpan di {kept} untuk bantuan teknis.",
    "desk.too_new": "Meja {where} dibuat oleh EditorBerita yang lebih baru (skema {version}); "
                    "perbarui aplikasi untuk membukanya. Meja itu tidak diubah.",
    "desk.foreign": "Basis data {where} milik program lain, bukan meja EditorBerita; tidak "
                    "diubah. Pilih basis data kosong atau meja EditorBerita.",
    # Backups and restore (core.backup).
    "backup.no_database": "Basis data {path} tidak ditemukan; tidak ada yang dicadangkan.",
    "backup.target_is_database": "Tujuan cadangan {path} adalah basis data itu sendiri; pilih "
                                 "berkas lain. Tidak ada yang dicadangkan.",
    "backup.disk_full": "Disk penuh: cadangan {path} tidak bisa ditulis. Kosongkan ruang disk "
                        "atau pilih tujuan lain; basis data tidak berubah.",
    "backup.not_made": "Cadangan gagal dibuat. {reason}",
    "backup.not_made_at": "Cadangan {path} gagal dibuat: {reason}",
    "backup.file_missing": "Berkas cadangan {path} tidak ditemukan.",
    "backup.file_damaged": "Berkas cadangan {path} rusak: {problem}",
    "backup.not_ours": "Berkas {path} bukan basis data EditorBerita.",
    "backup.busy": "Basis data {path} sedang dipakai untuk menulis (impor atau ekspor "
                   "EditorBerita); tidak ada yang dipulihkan. Tunggu sampai selesai, lalu ulangi.",
    "backup.restore_failed": "Pemulihan dari {path} gagal: {reason}. Basis data lama aman di "
                             "{kept}.",
    "backup.copy_failed": "Basis data {path} tidak bisa disalin sebelum pemulihan: {reason}. "
                          "Tidak ada yang diubah.",
    # Pictures refused before decoding (core.picturecheck, core.imaging).
    "picture.too_many_bytes": "{name} terlalu besar ({size}); batasnya {limit} MB. Perkecil dulu "
                              "fotonya.",
    "picture.empty": "{name} kosong, bukan gambar.",
    "picture.unknown_type": "{name} bukan gambar JPEG, PNG atau WebP (isinya tidak dikenali "
                            "sebagai gambar, apa pun nama berkasnya).",
    "picture.no_size": "{name} rusak: ukurannya tidak terbaca.",
    "picture.too_many_pixels": "{name} terlalu besar: {width} × {height} piksel (batasnya "
                               "{megapixels} megapiksel, sisi terpanjang {side} piksel).",
    "picture.truncated": "{name} rusak atau terpotong (berkasnya tidak lengkap); coba salin "
                         "ulang fotonya.",
    "picture.not_reencoded": "{name} tidak dapat disimpan ulang ({reason}).",
    # Export (core.export, core.exportformat).
    "export.unknown_format": "Format ekspor “{fmt}” tidak dikenal (pilih: {choices}).",
    "export.not_a_folder": "{path} bukan folder.",
    "export.in_trash": "Artikel #{id} ada di Sampah: pulihkan dulu bila memang akan diekspor.",
    "export.failed": "Artikel #{id} gagal diekspor: {reason}",
    "export.not_recorded": "Ekspor {path} tertulis tetapi tidak tercatat: {reason}",
    "export.local_address": "Artikel #{id}: alamat {address} ada di komputer ini; ekspor "
                            "membuangnya.",
    # Corrections (core.corrections).
    "correction.empty": "Isi ralat tidak boleh kosong: tulis apa yang keliru dan yang benar.",
    "correction.too_long": "Isi ralat terlalu panjang ({length} karakter; batasnya {limit}).",
    # The check before export (core.checks, core.corrections' record checks, core.eyd).
    "check.field.headline": "Judul",
    "check.field.subheadline": "Subjudul",
    "check.field.category_id": "Rubrik",
    "check.field.byline": "Penulis",
    "check.field.initials": "Inisial",
    "check.field.dateline": "Dateline",
    "check.field.lead": "Ringkasan",
    "check.field.seo_title": "Judul SEO",
    "check.field.seo_description": "Deskripsi SEO",
    "check.field.body": "Isi",
    "check.field.kind": "Jenis naskah",
    "check.missing": "{field} belum diisi.",
    "check.over_limit": "{field} {length} karakter, melebihi batas {limit}.",
    "check.placeholder": "Teks contoh dari templat belum diganti: {text}",
    "check.double_space": "Spasi ganda: cukup satu spasi.",
    "check.rupiah_apart": "Tulis “Rp” rapat dengan angkanya (EYD): Rp50.000.",
    "check.calendar_case": "Nama hari dan bulan ditulis dengan huruf kapital: “{word}”.",
    "check.day_case": "Nama hari ditulis dengan huruf kapital: “{word}”.",
    "check.straight_quote": "Tanda kutip lurus: pakai tanda kutip melengkung (“…” atau ’).",
    "check.quote_not_opened": "Tanda kutip ditutup tanpa pernah dibuka.",
    "check.quote_not_closed": "Tanda kutip dibuka tetapi tidak ditutup.",
    "check.joined_lines": "Baris ini menyambung ke baris di atasnya dalam satu paragraf. Untuk "
                          "paragraf baru beri baris kosong (Enter); untuk pindah baris di "
                          "dalam paragraf pakai Shift+Enter.",
    "check.spelling": "Ejaan: “{word}” tidak ada di kamus.",
    "check.local_path": "Alamat {address} ada di komputer ini, bukan di internet: pembaca tidak "
                        "akan melihatnya, jadi ekspor membuangnya. Sisipkan fotonya atau "
                        "tautkan halaman terbitnya.",
    "check.advertorial_label": "Naskah ini tampak seperti advertorial, tetapi jenisnya bukan "
                               "Advertorial: label “{label}” tidak akan tercetak di ekspor.",
    "check.status_without_correction": "Status “Ralat” perlu catatan ralat: tambahkan ralat "
                                       "yang menjelaskan apa yang diperbaiki.",
    "check.unexplained_change": "Isi berubah sejak diekspor, tetapi belum ada ralat yang "
                                "menjelaskannya: tambahkan ralat bila perubahan itu "
                                "memperbaiki kekeliruan.",
    "eyd.cited": "{finding} (EYD V: {url})",
    "eyd.no_such_date": "Tanggal {date} tidak ada di kalender.",
    "eyd.wrong_weekday": "Hari tidak cocok dengan tanggal: {date} jatuh pada hari {right}, "
                         "bukan {day}.",
    "eyd.di_apart": "Kata depan “di” ditulis terpisah: “{words}”.",
    "eyd.ke_apart": "Kata depan “ke” ditulis terpisah: “{words}”.",
    "eyd.di_joined": "Awalan “di-” ditulis serangkai: “{word}”.",
    "eyd.ke_joined": "Awalan “ke-” pada bilangan tingkat ditulis serangkai: “{word}”.",
    "eyd.sentence_digits": "Kalimat jangan diawali angka: tulis bilangannya dengan huruf atau "
                           "ubah susunan kalimatnya.",
    "eyd.small_number": "Bilangan satu sampai sembilan dalam teks ditulis dengan huruf: "
                        "“{word}”.",
    "eyd.thousands_point": "Pisahkan ribuan dengan titik: “{number}”.",
    "eyd.thousands_not_comma": "Pemisah ribuan adalah titik, bukan koma: “{number}”.",
    "eyd.rupiah_case": "Singkatan rupiah ditulis “Rp” (R kapital, p kecil), rapat dengan "
                       "angkanya.",
    "eyd.rupiah_dash": "Tanpa “,-” di belakang jumlah rupiah: tulis “Rp50.000” atau "
                       "“Rp50.000,00”.",
    "eyd.rupiah_before": "“Rp” ditulis di depan angkanya: “Rp50.000”, bukan “50.000 Rp”.",
    "eyd.tapi": "Saran gaya: dalam ragam baku pakai “{formal}”, bukan “{word}”.",
    # Sending to a WordPress site (core.send: site profiles, the client, the sender, WXR).
    "site.label": "situs {name}",
    "site.label_start": "Situs {name}",
    "site.bad_name": "Nama situs “{name}” tidak bisa dipakai.",
    "site.bad_address": "Alamat situs “{url}” bukan alamat web (https://…).",
    "site.no_user": "Nama pengguna WordPress belum diisi.",
    "site.local_not_here": "{site} ditandai lokal, tetapi alamatnya {host} bukan komputer ini "
                           "(127.0.0.1/localhost).",
    "site.plain_http": "{site} memakai http:// tanpa enkripsi: kata sandi akan terkirim terbuka. "
                       "Pakai https://, atau tandai situs lokal (--local) bila situs berjalan di "
                       "komputer ini.",
    "site.list_unreadable": "Daftar situs {path} tidak bisa dibaca ({reason}).",
    "site.unknown": "Situs “{name}” tidak dikenal (situs: {known}).",
    "site.none_yet": "belum ada; tambah dengan “editorberita site add”",
    "site.no_password": "Kata sandi aplikasi untuk {site} tidak ada di {where}. Simpan dengan "
                        "“editorberita site add”, atau setel {env}.",
    "site.keyring": "gantungan kunci sistem",
    "site.keyring_missing": "gantungan kunci sistem (tidak tersedia di komputer ini)",
    "send.not_https": "{site} mengarah ke {address}, bukan https://: kata sandi tidak dikirim "
                      "lewat sambungan terbuka.",
    "send.tls_invalid": "Sertifikat TLS {site} tidak sah ({detail}); sambungan dihentikan supaya "
                        "kata sandi tidak bocor. Periksa alamat situs atau minta pengelola situs "
                        "memperbarui sertifikatnya.",
    "send.tls_failed": "Sambungan aman (TLS) ke {site} gagal ({detail}).",
    "send.timeout": "{site} tidak menjawab dalam {seconds} detik; artikel menunggu di kotak "
                    "keluar.",
    "send.unreachable": "{site} tidak bisa dihubungi ({detail}); artikel menunggu di kotak "
                        "keluar dan dikirim saat situs menjawab lagi.",
    "send.no_rest_api": "REST API WordPress tidak ditemukan di {url}: situs tidak mengumumkan "
                        "/wp-json/ dan ?rest_route=/ tidak menjawab. REST API mungkin dimatikan "
                        "(plugin keamanan), atau ini bukan situs WordPress.",
    "send.redirected": "{site} mengalihkan {route} ke {target}. Periksa alamat situs (https://, "
                       "www) dan uji lagi.",
    "send.elsewhere": "alamat lain",
    "send.site_said": " (situs: {text})",
    "send.auth_dropped": "{site} memperlakukan permintaan ini seolah tanpa tanda masuk. Periksa "
                         "dulu nama pengguna “{user}” dan kata sandi aplikasinya (dibuat di "
                         "Profil → Kata Sandi Aplikasi, bukan kata sandi masuk biasa). Bila "
                         "keduanya benar, server situs membuang header Authorization (masalah "
                         "umum Apache dengan PHP CGI/FastCGI): minta pengelola situs "
                         "meneruskannya, misalnya dengan “SetEnvIf Authorization (.*) "
                         "HTTP_AUTHORIZATION=$1” di .htaccess.{said}",
    "send.login_refused": "{site} menolak nama pengguna “{user}” atau kata sandi aplikasinya. "
                          "Periksa keduanya (kata sandi aplikasi dibuat di Profil → Kata Sandi "
                          "Aplikasi, bukan kata sandi masuk biasa).{said}",
    "send.forbidden": "Pengguna “{user}” tidak punya hak untuk ini di {site}{said}.",
    "send.no_route": "REST API {site} tidak menjawab di {route}: REST API mungkin dimatikan "
                     "(plugin keamanan) atau alamat situs salah.{said}",
    "send.too_large": "{site} menolak berkas karena terlalu besar (413). Perkecil gambar atau "
                      "minta pengelola situs menaikkan batas unggahan.{said}",
    "send.server_error": "{site} sedang bermasalah (galat {status}); dicoba lagi nanti.{said}",
    "send.refused": "{site} menolak permintaan (galat {detail}){said}.",
    "send.unknown_status": "Status “{status}” tidak dikenal (pilih: {choices}).",
    "send.missing_category": "Rubrik “{path}” belum ada di {site} (slug “{slug}”), dan pengguna "
                             "“{user}” tidak boleh membuat kategori. Minta redaktur situs "
                             "membuat kategori itu, lalu kirim lagi.",
    "send.cannot_upload": "Pengguna “{user}” tidak boleh mengunggah gambar ke {site}, padahal "
                          "artikel ini bergambar. Minta hak Penulis (Author) atau lebih, atau "
                          "kirim tanpa gambar.",
    "send.no_media_id": "{site} tidak mengembalikan nomor media untuk gambar yang diunggah; coba "
                        "kirim lagi.",
    "send.pending_instead": "Pengguna “{user}” tidak boleh menerbitkan di situs {name}; artikel "
                            "dikirim untuk ditinjau (pending).",
    "send.tags_missing": "Tag {tags} belum ada di {site} dan pengguna ini tidak boleh "
                         "membuatnya; artikel dikirim tanpa tag itu.",
    "send.post_gone": "Pos #{post} sudah tidak ada di situs {name}; artikel dikirim sebagai pos "
                      "baru.",
    "send.wxr_missing_pictures": "“{headline}”: {count} gambar ({names}) belum pernah dikirim ke "
                                 "situs, jadi tidak ikut: pengimpor WordPress hanya bisa "
                                 "mengambil gambar dari alamat web, bukan dari komputer desk. "
                                 "Kirim artikel itu sekali ke situs (Kirim ke situs), atau "
                                 "unggah gambarnya lewat Media.",
    # The desk word list (core.wordlist).
    "wordlist.binary": "{name} bukan berkas teks (isinya biner, misalnya foto atau dokumen). "
                       "Pilih berkas teks berisi satu kata per baris.",
    "wordlist.not_utf8": "{name} bukan teks UTF-8 (baris {line} tidak terbaca). Simpan ulang "
                         "daftarnya sebagai UTF-8, lalu impor lagi.",
    "wordlist.too_large": "{name} terlalu besar untuk daftar kata ({size}; paling besar "
                          "{limit} MB).",
    "wordlist.not_one_word": "“{word}” tidak bisa ditambahkan ke kamus: satu kata saja, paling "
                             "panjang {limit} huruf.",
    "wordlist.control_character": "“{word}” tidak bisa ditambahkan ke kamus: ada karakter "
                                  "kendali di dalamnya.",
})


@dataclass(frozen=True)
class Message:
    """A sentence for the user as a code of ``CATALOGUE`` and the values to put in it."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.code not in CATALOGUE:
            raise KeyError(f"no message {self.code!r} in core.messages.CATALOGUE")

    def text(self) -> str:
        """Return the Indonesian sentence (the command line, the logs)."""
        return CATALOGUE[self.code].format_map(
            {key: _indonesian(value) for key, value in self.params.items()})

    def __str__(self) -> str:
        return self.text()


def _indonesian(value: object) -> object:
    if isinstance(value, Message):
        return value.text()
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}".replace(",", ".")  # 6.000: Indonesian groups thousands with dots
    return value


def stored(typed: Message) -> str:
    """Return a message as JSON text, for a database column that keeps it (the outbox)."""
    return json.dumps(_encoded(typed), ensure_ascii=False)


def from_stored(text: str) -> Message | str:
    """Return the message ``stored`` wrote; any other text (an older row's sentence) as it is."""
    if not text.startswith("{"):
        return text
    try:
        decoded = _decoded(json.loads(text))
    except (ValueError, KeyError, TypeError, AttributeError):
        return text
    return decoded if isinstance(decoded, Message) else text


def _encoded(value: object) -> object:
    if isinstance(value, Message):
        return {"code": value.code, "params": {k: _encoded(v) for k, v in value.params.items()}}
    return value if isinstance(value, (str, int, float, bool)) or value is None else str(value)


def _decoded(value: object) -> object:
    if isinstance(value, dict):
        params = value["params"]
        return Message(str(value["code"]),
                       MappingProxyType({str(k): _decoded(v) for k, v in params.items()}))
    return value


def message(code: str, **params: object) -> Message:
    """Return ``Message(code, params)``: the short way to write one."""
    return Message(code, MappingProxyType(params))


def reason_of(exc: BaseException) -> Message | str:
    """Return an exception as a parameter: its message when typed, else its text."""
    typed = getattr(exc, "message", None)
    return typed if isinstance(typed, Message) else str(exc)
