namespace CareerBot.Knowledge.Analysis;

/// <summary>Optimal-string-alignment distance: a swap of two neighbours ("machien") counts as one edit.</summary>
public static class EditDistance
{
    public static int DamerauLevenshtein(string a, string b, int limit)
    {
        var rows = a.Length + 1;
        var columns = b.Length + 1;
        var d = new int[rows, columns];
        for (var i = 0; i < rows; i++) d[i, 0] = i;
        for (var j = 0; j < columns; j++) d[0, j] = j;
        for (var i = 1; i < rows; i++)
        {
            var rowMinimum = int.MaxValue;
            for (var j = 1; j < columns; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }
        }

        return d[rows - 1, columns - 1];
    }
}
