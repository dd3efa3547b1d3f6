using CareerBot.Knowledge.Content;
using CareerBot.Knowledge.Semantics;

namespace CareerBot.Knowledge.Answers;

/// <summary>Builds a guide the same way at start and on every reload: the same model, the same vector cache.</summary>
public sealed class GuideBuilder(ITextEmbedder? embedder, EmbeddingCache? cache)
{
    public GuideAnswerer Build(KnowledgeBase knowledge) => GuideAnswerer.Build(knowledge, embedder: embedder, cache: cache);
}
