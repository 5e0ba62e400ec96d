/// One row of a query's result, its values by position and by column name.
package struct LedgerRow: Sendable {
    /// The result's column names, shared by its rows.
    let columns: [String]
    let values: [LedgerValue]

    /// The value at `index`, as `T`; a value of another type is an error (the query and its reader disagree).
    package subscript<T: LedgerValueConvertible>(index: Int) -> T {
        get throws(LedgerError) {
            guard index < values.count else {
                throw LedgerError("read a row", "column \(index + 1) asked of \(values.count)")
            }
            guard let value = T(ledgerValue: values[index]) else {
                throw LedgerError(
                    "read a row", "column \(columns[index]): \(values[index].kind) does not read as \(T.self)")
            }
            return value
        }
    }

    /// The value of the column named `name`, as `T`.
    package subscript<T: LedgerValueConvertible>(name: String) -> T {
        get throws(LedgerError) {
            guard let index = columns.firstIndex(of: name) else {
                throw LedgerError("read a row", "no column \(name)")
            }
            return try self[index]
        }
    }
}
