using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Content;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace CareerBot.Knowledge.Search;

/// <summary>
/// The guide in an in-memory Lucene index: one document per entry, its question, alternates, tags
/// and answer in separate fields analysed by the guide's chain, scored with BM25 and field boosts.
/// Built once per loaded guide and read-only after, so one searcher serves every thread.
/// </summary>
public sealed class LuceneKnowledgeIndex : IKnowledgeIndex
{
    private const string EntryField = "entry";
    private static readonly string[] Fields = ["question", "alternates", "tags", "answer"];
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly float[] _boosts;

    public LuceneKnowledgeIndex(IReadOnlyList<FaqEntry> entries, TextAnalyzer analyzer, FieldWeights weights)
    {
        _boosts = [(float)weights.Question, (float)weights.Alternates, (float)weights.Tags, (float)weights.Answer];
        var similarity = new BM25Similarity();
        var config = new IndexWriterConfig(SurfaceAnalyzer.Version, analyzer.Analyzer) { Similarity = similarity };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                writer.AddDocument(
                [
                    new StoredField(EntryField, i),
                    new TextField(Fields[0], entry.Question, Field.Store.NO),
                    new TextField(Fields[1], string.Join('\n', entry.Alternates), Field.Store.NO),
                    new TextField(Fields[2], string.Join('\n', entry.Tags.Append(entry.Followup ?? "")), Field.Store.NO),
                    new TextField(Fields[3], entry.ShortAnswer + "\n" + entry.Details, Field.Store.NO),
                ]);
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = similarity };
    }

    public IReadOnlyList<IndexHit> Search(IReadOnlyList<QueryClause> clauses, int limit)
    {
        if (clauses.Count == 0)
        {
            return [];
        }

        // Terms come from the analysis chain, never from a query parser: no input is query syntax.
        var query = new BooleanQuery();
        foreach (var term in clauses.SelectMany(c => c.Stems).Distinct(StringComparer.Ordinal))
        {
            // The best field counts for a term, so a word repeated across fields is not counted four times.
            var anyField = new DisjunctionMaxQuery(0.1f);
            for (var f = 0; f < Fields.Length; f++)
            {
                anyField.Add(new TermQuery(new Term(Fields[f], term)) { Boost = _boosts[f] });
            }

            query.Add(anyField, Occur.SHOULD);
        }

        var top = _searcher.Search(query, limit);
        var hits = new List<IndexHit>(top.ScoreDocs.Length);
        foreach (var doc in top.ScoreDocs)
        {
            var entry = _searcher.Doc(doc.Doc).GetField(EntryField).GetInt32Value() ?? 0;
            hits.Add(new IndexHit(entry, doc.Score));
        }

        return hits;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
