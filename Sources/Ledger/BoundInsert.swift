import GRDB
import GRDBSQLite

/// An `INSERT` run through SQLite's C API: its values bound one by one, in column order, without GRDB's arguments
/// (an array of existentials converted to another array of values, then bound). Intake inserts three rows per
/// order this way, and intake of a 43 MB export (204,302 orders) went from 67,600 and 66,600 rows/s to 95,800 and
/// 97,100 (release build, two runs each).
struct BoundInsert {
    private let handle: SQLiteStatement
    private let sql: String
    private let database: Database
    private var index: Int32 = 0

    /// The statement of `sql`, prepared once per connection; `bind` the values of one row, then `execute()`.
    init(_ sql: String, in database: Database) throws {
        handle = try database.cachedStatement(sql: sql).sqliteStatement
        self.sql = sql
        self.database = database
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    mutating func bind(_ text: String?) {
        index += 1
        guard let text else { return }
        // SQLITE_TRANSIENT: SQLite copies the text before `withCString` lets go of it.
        _ = text.withCString { sqlite3_bind_text(handle, index, $0, -1, Self.transient) }
    }

    mutating func bind(_ number: Int64?) {
        index += 1
        guard let number else { return }
        sqlite3_bind_int64(handle, index, number)
    }

    mutating func bind(_ number: Int?) {
        bind(number.map(Int64.init))
    }

    mutating func bind(_ number: Double?) {
        index += 1
        guard let number else { return }
        sqlite3_bind_double(handle, index, number)
    }

    /// Inserts the row bound; a constraint violated throws, as any other failure.
    func execute() throws {
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            let message = String(cString: sqlite3_errmsg(database.sqliteConnection))
            sqlite3_reset(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
        }
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
