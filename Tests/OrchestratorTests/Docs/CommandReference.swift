import Foundation

/// `docs/reference/commands.md` made from the commands' own help, as argument-parser describes them
/// (`orchestrator --experimental-dump-help`, what its `generate-manual` plugin reads too): one section a command,
/// its full description and every option, so the page cannot leave a command or an option out.
struct CommandReference {
    let tool: Command

    init(dumpedHelp: Data) throws {
        tool = try JSONDecoder().decode(Dump.self, from: dumpedHelp).command
    }

    struct Dump: Decodable {
        var command: Command
    }

    struct Command: Decodable {
        var commandName: String
        var abstract: String?
        var discussion: String?
        var arguments: [Argument]?
        var subcommands: [Command]?
    }

    struct Argument: Decodable, Equatable {
        struct Name: Decodable, Equatable {
            var kind: String
            var name: String
        }

        var kind: String
        var preferredName: Name?
        var valueName: String?
        var defaultValue: String?
        var allValues: [String]?
        var abstract: String?
        var discussion: String?
        var isOptional: Bool
        var isRepeating: Bool
        var shouldDisplay: Bool
    }

    /// The subcommands, as `orchestrator help` lists them.
    var commands: [Command] { tool.subcommands?.filter { $0.commandName != "help" } ?? [] }

    /// The options that every command taking `--root` shares: listed once, not in every section.
    var commonOptions: [Argument] {
        let taking = commands.map(Self.options).filter { $0.contains { $0.preferredName?.name == "root" } }
        guard let first = taking.first else { return [] }
        return first.filter { option in taking.allSatisfy { $0.contains(option) } }
    }

    var markdown: String {
        var page = """
            # Commands

            <!-- Made from the commands' own help by scripts/command-reference; change a command's help, then run \
            it. A test fails while this page and the commands disagree. -->

            \(prose(tool.abstract))

            \(prose(tool.discussion))

            | command | does |
            |---|---|

            """
        for command in commands {
            page +=
                "| [`\(tool.commandName) \(command.commandName)`](#\(anchor(command))) | \(prose(command.abstract)) |\n"
        }
        page += "\n## Options every command but `simulate` takes\n\n"
        page += commonOptions.map(item).joined(separator: "\n") + "\n"
        let common = commonOptions
        for command in commands {
            let own = Self.options(of: command).filter { !common.contains($0) }
            let takesCommon = !common.isEmpty && Self.options(of: command).contains(common[0])
            page += "\n## \(tool.commandName) \(command.commandName)\n\n"
            page += "```\n\(synopsis(command, own: own, takesCommon: takesCommon))\n```\n\n"
            page += prose(command.abstract) + "\n"
            if let discussion = command.discussion { page += "\n" + prose(discussion) + "\n" }
            if !own.isEmpty { page += "\n" + own.map(item).joined(separator: "\n") + "\n" }
        }
        return page
    }

    /// What a person types, its options in brackets, as `--help`'s usage line has it.
    private func synopsis(_ command: Command, own: [Argument], takesCommon: Bool) -> String {
        var words = ["\(tool.commandName) \(command.commandName)"]
        for argument in own {
            var word = label(argument)
            if argument.isRepeating { word += " …" }
            words.append(argument.isOptional ? "[\(word)]" : word)
        }
        if takesCommon { words.append("[options every command takes]") }
        return words.joined(separator: " ")
    }

    private func item(_ argument: Argument) -> String {
        var text = "- `\(label(argument))`" + (argument.isRepeating ? " …" : "") + ": " + prose(argument.abstract)
        if let values = argument.allValues {
            text += " One of " + values.map { "`\($0)`" }.joined(separator: ", ") + "."
        }
        if let value = argument.defaultValue { text += " Default: `\(value)`." }
        if let discussion = argument.discussion { text += " " + prose(discussion) }
        return text
    }

    private func label(_ argument: Argument) -> String {
        let value = argument.valueName ?? "value"
        switch argument.kind {
        case "positional": return "<\(value)>"
        case "flag": return "--\(argument.preferredName?.name ?? value)"
        default: return "--\(argument.preferredName?.name ?? value) <\(value)>"
        }
    }

    /// Help text as Markdown: outside code spans, `<root>` is text, not a tag, and `FAILED_*` no emphasis.
    private func prose(_ text: String?) -> String {
        (text ?? "").split(separator: "`", omittingEmptySubsequences: false).enumerated().map { index, part in
            index.isMultiple(of: 2)
                ? part.replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: "*", with: "\\*")
                : String(part)
        }.joined(separator: "`")
    }

    /// GitHub's anchor for a section's title.
    private func anchor(_ command: Command) -> String {
        "\(tool.commandName)-\(command.commandName)"
    }

    /// The options a person sees in `--help`, without `--help` and `--version`.
    private static func options(of command: Command) -> [Argument] {
        (command.arguments ?? []).filter {
            $0.shouldDisplay && !["help", "version"].contains($0.preferredName?.name ?? "")
        }
    }
}
