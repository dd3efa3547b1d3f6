using YamlDotNet.RepresentationModel;

namespace CareerBot.Knowledge.Content;

/// <summary>
/// Reads <c>dialogs/*.yaml</c>: <c>common.yaml</c> for the shared commands, one file per dialog for
/// the rest. Every problem is reported at its line, like the other readers.
/// </summary>
internal static class DialogScriptReader
{
    public const string CommonFile = "common.yaml";

    /// <summary>The prompts and texts each dialog's code uses, so a missing one is caught by <c>knowledge check</c>, not by a user.</summary>
    private static readonly Dictionary<string, (string[] Prompts, string[] Texts)> Required = new(StringComparer.Ordinal)
    {
        ["certification-plan"] = (
            ["cloud", "experience", "hoursPerWeek", "budget", "targetDate"],
            ["start", "title", "revised", "profile", "profileTarget", "orderRule", "orderRuleText", "orderRuleNone", "step", "stepNoBump", "cost",
             "fitsAll", "fitsSome", "fitsNone", "timeline", "targetMet", "targetMissed", "salary", "alsoConsider", "next", "changeHint", "cardSummary"]),
        ["salary-by-level"] = (
            ["level"],
            ["title", "titleYears", "titleAll", "levelLine", "unsureNote", "band", "bandNoYears", "bandNoFigure", "bandMissing", "bandNoMatch", "agree", "disagree", "medians",
             "chart", "chartLink", "next", "levelButton"]),
        ["break-in-roadmap"] = (["background", "planNext"], ["title", "declined"]),
        ["career-path"] = (["level", "direction"], ["start", "title", "titleYears", "switch", "now", "nowBand", "nowBandNoYears", "track", "next", "levelYears"]),
    };

    public static DialogContent Read(
        string folder, Func<string, string> display, IReadOnlySet<string> sourceIds, IReadOnlySet<string> entryIds, List<KnowledgeProblem> problems)
    {
        if (!Directory.Exists(folder))
        {
            problems.Add(new KnowledgeProblem(display(folder), 0, "folder", "is missing"));
            return DialogContent.Empty;
        }

        var commonPath = Path.Combine(folder, CommonFile);
        var commands = File.Exists(commonPath)
            ? ReadCommands(File.ReadAllText(commonPath), display(commonPath), problems)
            : null;
        if (commands is null)
        {
            problems.Add(new KnowledgeProblem(display(commonPath), 0, "file", "is missing or unreadable"));
        }

        var scripts = new Dictionary<string, DialogScript>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal).Where(p => Path.GetFileName(p) != CommonFile))
        {
            var file = display(path);
            if (ReadScript(File.ReadAllText(path), file, sourceIds, entryIds, problems) is { } script)
            {
                scripts[script.Id] = script;
            }
        }

        foreach (var id in Required.Keys.Where(id => !scripts.ContainsKey(id)))
        {
            problems.Add(new KnowledgeProblem(display(Path.Combine(folder, id + ".yaml")), 0, "file", $"is missing: the '{id}' dialog needs it"));
        }

        return new DialogContent(commands ?? DialogContent.Empty.Commands, scripts);
    }

    private static DialogCommands? ReadCommands(string text, string file, List<KnowledgeProblem> problems)
    {
        if (YamlFields.Parse(text, file, 0, problems) is not YamlMappingNode map)
        {
            return null;
        }

        var fields = new YamlFields(map, file, 0, problems);
        var commands = fields.Node("commands") is YamlMappingNode c ? new YamlFields(c, file, 0, problems) : null;
        if (commands is null)
        {
            fields.Problem(fields.Line, "commands", "is missing: list the cancel, startOver, help and change phrases");
            return null;
        }

        var texts = ReadTexts(fields, file, problems, DialogCommands.RequiredTexts);
        return new DialogCommands(
            commands.List("cancel", minimum: 1), commands.List("startOver", minimum: 1), commands.List("help", minimum: 1), commands.List("change", minimum: 1),
            commands.List("yes", minimum: 1), commands.List("no", minimum: 1), commands.List("skip", minimum: 1), commands.List("goBack", minimum: 1),
            commands.List("noPreference", minimum: 1), commands.List("moveOn", minimum: 1), texts);
    }

    private static DialogScript? ReadScript(string text, string file, IReadOnlySet<string> sourceIds, IReadOnlySet<string> entryIds, List<KnowledgeProblem> problems)
    {
        if (YamlFields.Parse(text, file, 0, problems) is not YamlMappingNode map)
        {
            problems.Add(new KnowledgeProblem(file, 1, "dialog", "must be a set of 'field: value' lines"));
            return null;
        }

        var fields = new YamlFields(map, file, 0, problems);
        var id = fields.Text("id");
        var expected = Path.GetFileNameWithoutExtension(file);
        if (id is not null && id != expected)
        {
            fields.Problem(fields.LineOfKey("id"), "id", $"'{id}' does not match the file name '{expected}.yaml'");
        }

        var title = fields.Text("title");
        var triggers = fields.List("triggers", minimum: 1);
        var unless = fields.List("unless", required: false);
        var examples = fields.List("examples", required: false);
        var offer = ReadOffer(fields, file, entryIds, problems);
        var required = id is not null && Required.TryGetValue(id, out var r) ? r : ([], []);
        var prompts = ReadPrompts(fields, file, required.Prompts, problems);
        var texts = ReadTexts(fields, file, problems, required.Texts);
        var roadmaps = ReadRoadmaps(fields, file, sourceIds, prompts, problems);
        return id is null || title is null ? null : new DialogScript(id, title, file, triggers, unless, examples, offer, prompts, texts, roadmaps);
    }

    private static DialogOffer? ReadOffer(YamlFields fields, string file, IReadOnlySet<string> entryIds, List<KnowledgeProblem> problems)
    {
        if (fields.Node("offer") is not YamlMappingNode map)
        {
            return null;
        }

        var offer = new YamlFields(map, file, 0, problems);
        var after = offer.List("after", required: false);
        foreach (var unknown in after.Where(e => !entryIds.Contains(e)))
        {
            offer.Problem(offer.LineOfKey("after"), "after", $"unknown entry id '{unknown}'");
        }

        return offer.Text("button") is { } button ? new DialogOffer(button, after) : null;
    }

    private static Dictionary<string, PromptWording> ReadPrompts(YamlFields fields, string file, string[] required, List<KnowledgeProblem> problems)
    {
        var prompts = new Dictionary<string, PromptWording>(StringComparer.Ordinal);
        if (fields.Node("prompts") is not YamlMappingNode map)
        {
            fields.Problem(fields.Line, "prompts", "is missing: map each question's name to its text and hint");
            return prompts;
        }

        var all = new YamlFields(map, file, 0, problems);
        foreach (var (key, node) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (node is not YamlMappingNode promptMap)
            {
                all.Problem(all.LineOf(key), name, "must be a set of 'field: value' lines (text, hint, choices)");
                continue;
            }

            var prompt = new YamlFields(promptMap, file, 0, problems);
            var text = prompt.Text("text");
            var hint = prompt.Text("hint");
            var min = Number(prompt, "min");
            var max = Number(prompt, "max");
            if (min > max)
            {
                prompt.Problem(prompt.LineOfKey("min"), "min", $"{min} is above max {max}");
            }

            var choices = ReadChoices(prompt, file, problems);
            var fallback = prompt.Text("default", required: false);
            if (fallback is not null && choices.Count > 0 && !choices.Any(c => c.Value == fallback))
            {
                prompt.Problem(prompt.LineOfKey("default"), "default", $"'{fallback}' is not one of the question's choices");
            }

            var optional = prompt.Text("optional", required: false) is "true";
            if (text is not null && hint is not null)
            {
                prompts[name] = new PromptWording(text, hint, min, max, choices, fallback, prompt.Text("defaultTitle", required: false), optional);
            }
        }

        foreach (var missing in required.Where(p => !map.Children.ContainsKey(new YamlScalarNode(p))))
        {
            all.Problem(all.Line, missing, "is missing: the dialog asks this question");
        }

        return prompts;
    }

    private static List<ChoiceWording> ReadChoices(YamlFields prompt, string file, List<KnowledgeProblem> problems)
    {
        var choices = new List<ChoiceWording>();
        if (prompt.Node("choices") is not { } node)
        {
            return choices;
        }

        if (node is not YamlSequenceNode sequence)
        {
            prompt.Problem(prompt.LineOf(node), "choices", "must be a list of {value, title, synonyms, mentions, examples}");
            return choices;
        }

        foreach (var item in sequence)
        {
            if (item is not YamlMappingNode map)
            {
                prompt.Problem(prompt.LineOf(item), "choices", "each choice must be a set of 'field: value' lines");
                continue;
            }

            var choice = new YamlFields(map, file, 0, problems);
            var value = choice.Text("value");
            var title = choice.Text("title");
            if (value is not null && choices.Any(c => c.Value == value))
            {
                choice.Problem(choice.LineOfKey("value"), "value", $"duplicate choice '{value}'");
            }
            else if (value is not null && title is not null)
            {
                choices.Add(new ChoiceWording(value, title, choice.List("synonyms", required: false), choice.List("mentions", required: false),
                    choice.Text("years", required: false), choice.List("examples", required: false)));
            }
        }

        return choices;
    }

    private static Dictionary<string, string> ReadTexts(YamlFields fields, string file, List<KnowledgeProblem> problems, IReadOnlyList<string> required)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (fields.Node("texts") is not YamlMappingNode map)
        {
            fields.Problem(fields.Line, "texts", "is missing: the dialog's own lines go here");
            return texts;
        }

        var all = new YamlFields(map, file, 0, problems);
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>())
        {
            if (all.Text(key.Value ?? "") is { } text)
            {
                texts[key.Value!] = text;
            }
        }

        foreach (var missing in required.Where(k => !texts.ContainsKey(k)))
        {
            all.Problem(all.Line, missing, "is missing: the dialog uses this text");
        }

        return texts;
    }

    private static List<Roadmap> ReadRoadmaps(
        YamlFields fields, string file, IReadOnlySet<string> sourceIds, Dictionary<string, PromptWording> prompts, List<KnowledgeProblem> problems)
    {
        var roadmaps = new List<Roadmap>();
        if (fields.Node("roadmaps") is not YamlSequenceNode sequence)
        {
            return roadmaps;
        }

        var backgrounds = prompts.Values.SelectMany(p => p.Choices).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var map in sequence.OfType<YamlMappingNode>())
        {
            var roadmap = new YamlFields(map, file, 0, problems);
            var background = roadmap.Text("background");
            if (background is not null && !backgrounds.Contains(background))
            {
                roadmap.Problem(roadmap.LineOfKey("background"), "background", $"'{background}' is not one of the dialog's choices");
            }

            var sources = roadmap.List("sources", minimum: 1);
            foreach (var unknown in sources.Where(s => !sourceIds.Contains(s)))
            {
                roadmap.Problem(roadmap.LineOfKey("sources"), "sources", $"unknown source id '{unknown}'");
            }

            var steps = roadmap.List("steps", minimum: 1);
            foreach (var step in steps)
            {
                var cited = System.Text.RegularExpressions.Regex.Matches(step, @"\[(\d+)\]").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
                foreach (var n in cited.Where(n => n < 1 || n > sources.Count))
                {
                    roadmap.Problem(roadmap.LineOfKey("steps"), "steps", $"[{n}] cites no source: the list has {sources.Count}");
                }
            }

            if (background is not null)
            {
                roadmaps.Add(new Roadmap(background, roadmap.Text("plannerExperience", required: false), sources, steps, roadmap.Text("startingFrom", required: false)));
            }
        }

        return roadmaps;
    }

    private static decimal? Number(YamlFields fields, string key)
    {
        if (fields.Text(key, required: false) is not { } text)
        {
            return null;
        }

        if (decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        fields.Problem(fields.LineOfKey(key), key, $"'{text}' is not a number");
        return null;
    }
}
