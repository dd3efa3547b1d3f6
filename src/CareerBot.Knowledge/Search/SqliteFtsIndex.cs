using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Content;
using Microsoft.Data.Sqlite;

namespace CareerBot.Knowledge.Search;

/// <summary>
/// The guide in an in-memory SQLite FTS5 table (Porter stemming, BM25 with field boosts).
/// Each reader takes its own pooled connection, since a SQLite connection serves one thread at a time.
/// </summary>
public sealed class SqliteFtsIndex : IKnowledgeIndex
{
    private readonly string _connectionString;
    private readonly SqliteConnection _keepAlive;
    private readonly ConcurrentBag<Reader> _readers = [];
    private readonly string _sql;

    public SqliteFtsIndex(IReadOnlyList<FaqEntry> entries, TextAnalyzer analyzer, FieldWeights weights)
    {
        // A named shared in-memory database lives as long as one connection to it is open.
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = $"careerbot-index-{Guid.NewGuid():N}",
            Mode = SqliteOpenMode.Memory,
            Cache = SqliteCacheMode.Shared,
        }.ToString();
        _keepAlive = new SqliteConnection(_connectionString);
        _keepAlive.Open();
        Build(_keepAlive, entries, analyzer);
        _sql = string.Create(CultureInfo.InvariantCulture,
            $"SELECT rowid, -bm25(faq, {weights.Question}, {weights.Alternates}, {weights.Tags}, {weights.Answer}) AS score FROM faq WHERE faq MATCH $match ORDER BY score DESC LIMIT $limit");
    }

    public IReadOnlyList<IndexHit> Search(IReadOnlyList<QueryClause> clauses, int limit)
    {
        var match = MatchExpression(clauses);
        if (match.Length == 0)
        {
            return [];
        }

        var reader = _readers.TryTake(out var pooled) ? pooled : new Reader(_connectionString, _sql);
        try
        {
            return reader.Run(match, limit);
        }
        finally
        {
            _readers.Add(reader);
        }
    }

    public void Dispose()
    {
        while (_readers.TryTake(out var reader))
        {
            reader.Dispose();
        }

        _keepAlive.Dispose();
    }

    /// <summary>Clauses joined with OR, each quoted: analysed tokens are letters and digits only, so nothing a user types becomes FTS5 syntax.</summary>
    internal static string MatchExpression(IReadOnlyList<QueryClause> clauses)
    {
        var builder = new StringBuilder();
        foreach (var words in clauses.Select(c => c.Words))
        {
            if (builder.Length > 0)
            {
                builder.Append(" OR ");
            }

            builder.Append('"').Append(string.Join(' ', words)).Append('"');
        }

        return builder.ToString();
    }

    private static void Build(SqliteConnection connection, IReadOnlyList<FaqEntry> entries, TextAnalyzer analyzer)
    {
        using var transaction = connection.BeginTransaction();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE VIRTUAL TABLE faq USING fts5(question, alternates, tags, answer, tokenize = 'porter unicode61 remove_diacritics 2')";
            create.ExecuteNonQuery();
        }

        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO faq(rowid, question, alternates, tags, answer) VALUES ($rowid, $question, $alternates, $tags, $answer)";
        var rowid = insert.Parameters.Add("$rowid", SqliteType.Integer);
        var question = insert.Parameters.Add("$question", SqliteType.Text);
        var alternates = insert.Parameters.Add("$alternates", SqliteType.Text);
        var tags = insert.Parameters.Add("$tags", SqliteType.Text);
        var answer = insert.Parameters.Add("$answer", SqliteType.Text);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            rowid.Value = i;
            question.Value = analyzer.IndexText(entry.Question);
            alternates.Value = analyzer.IndexText(string.Join('\n', entry.Alternates));
            tags.Value = analyzer.IndexText(string.Join(' ', entry.Tags.Append(entry.Followup ?? "")));
            answer.Value = analyzer.IndexText(entry.ShortAnswer + "\n" + entry.Details);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private sealed class Reader : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _command;
        private readonly SqliteParameter _match;
        private readonly SqliteParameter _limit;

        public Reader(string connectionString, string sql)
        {
            _connection = new SqliteConnection(connectionString);
            _connection.Open();
            _command = _connection.CreateCommand();
            _command.CommandText = sql;
            _match = _command.Parameters.Add("$match", SqliteType.Text);
            _limit = _command.Parameters.Add("$limit", SqliteType.Integer);
            _command.Prepare();
        }

        public List<IndexHit> Run(string match, int limit)
        {
            _match.Value = match;
            _limit.Value = limit;
            var hits = new List<IndexHit>(limit);
            using var reader = _command.ExecuteReader();
            while (reader.Read())
            {
                hits.Add(new IndexHit(reader.GetInt32(0), reader.GetDouble(1)));
            }

            return hits;
        }

        public void Dispose()
        {
            _command.Dispose();
            _connection.Dispose();
        }
    }
}
