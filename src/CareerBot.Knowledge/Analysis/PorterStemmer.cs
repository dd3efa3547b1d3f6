namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// Martin Porter's 1980 stemming algorithm, the one SQLite's FTS5 <c>porter</c> tokenizer uses,
/// so that words we reason about ("certifications" → "certif") are the words the index holds.
/// </summary>
public static class PorterStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 2 || !word.All(c => c is >= 'a' and <= 'z'))
        {
            return word;
        }

        var w = new Word(word);
        w.Step1AB();
        if (w.Length > 1)
        {
            w.Step1C();
            w.Step2();
            w.Step3();
            w.Step4();
            w.Step5();
        }

        return w.ToString();
    }

    private sealed class Word(string word)
    {
        private readonly char[] _b = word.ToCharArray();
        private int _k = word.Length - 1; // index of the last character of the current word
        private int _j;                   // end of the stem when a suffix has matched

        public int Length => _k + 1;

        public override string ToString() => new(_b, 0, _k + 1);

        private bool IsConsonant(int i) => _b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        // m(): the number of vowel-consonant sequences in b[0..j].
        private int Measure()
        {
            var n = 0;
            var i = 0;
            while (true)
            {
                if (i > _j) return n;
                if (!IsConsonant(i)) break;
                i++;
            }

            i++;
            while (true)
            {
                while (true)
                {
                    if (i > _j) return n;
                    if (IsConsonant(i)) break;
                    i++;
                }

                i++;
                n++;
                while (true)
                {
                    if (i > _j) return n;
                    if (!IsConsonant(i)) break;
                    i++;
                }

                i++;
            }
        }

        private bool VowelInStem()
        {
            for (var i = 0; i <= _j; i++)
            {
                if (!IsConsonant(i)) return true;
            }

            return false;
        }

        private bool DoubleConsonant(int j) => j >= 1 && _b[j] == _b[j - 1] && IsConsonant(j);

        // cvc(i): consonant-vowel-consonant ending at i, the last not w, x or y ("hop", not "snow").
        private bool Cvc(int i)
        {
            if (i < 2 || !IsConsonant(i) || IsConsonant(i - 1) || !IsConsonant(i - 2)) return false;
            return _b[i] is not ('w' or 'x' or 'y');
        }

        private bool EndsWith(string s)
        {
            var length = s.Length;
            var offset = _k - length + 1;
            if (offset < 0) return false;
            for (var i = 0; i < length; i++)
            {
                if (_b[offset + i] != s[i]) return false;
            }

            _j = _k - length;
            return true;
        }

        private void SetTo(string s)
        {
            for (var i = 0; i < s.Length; i++)
            {
                _b[_j + 1 + i] = s[i];
            }

            _k = _j + s.Length;
        }

        private void ReplaceIfMeasured(string s)
        {
            if (Measure() > 0) SetTo(s);
        }

        public void Step1AB()
        {
            if (_b[_k] == 's')
            {
                if (EndsWith("sses")) _k -= 2;
                else if (EndsWith("ies")) SetTo("i");
                else if (_b[_k - 1] != 's') _k--;
            }

            if (EndsWith("eed"))
            {
                if (Measure() > 0) _k--;
            }
            else if ((EndsWith("ed") || EndsWith("ing")) && VowelInStem())
            {
                _k = _j;
                if (EndsWith("at")) SetTo("ate");
                else if (EndsWith("bl")) SetTo("ble");
                else if (EndsWith("iz")) SetTo("ize");
                else if (DoubleConsonant(_k))
                {
                    _k--;
                    if (_b[_k] is 'l' or 's' or 'z') _k++;
                }
                else if (Measure() == 1 && Cvc(_k)) SetTo("e");
            }
        }

        public void Step1C()
        {
            if (EndsWith("y") && VowelInStem()) _b[_k] = 'i';
        }

        public void Step2()
        {
            if (_k == 0) return;
            foreach (var (suffix, replacement) in Step2Rules)
            {
                if (EndsWith(suffix))
                {
                    ReplaceIfMeasured(replacement);
                    return;
                }
            }
        }

        public void Step3()
        {
            foreach (var (suffix, replacement) in Step3Rules)
            {
                if (EndsWith(suffix))
                {
                    ReplaceIfMeasured(replacement);
                    return;
                }
            }
        }

        public void Step4()
        {
            if (_k == 0) return;
            foreach (var suffix in Step4Suffixes)
            {
                if (!EndsWith(suffix)) continue;
                if (suffix == "ion" && (_j < 0 || _b[_j] is not ('s' or 't'))) return;
                if (Measure() > 1) _k = _j;
                return;
            }
        }

        public void Step5()
        {
            _j = _k;
            if (_b[_k] == 'e')
            {
                var a = Measure();
                if (a > 1 || (a == 1 && !Cvc(_k - 1))) _k--;
            }

            if (_b[_k] == 'l' && DoubleConsonant(_k) && Measure() > 1) _k--;
        }

        private static readonly (string, string)[] Step2Rules =
        [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
            ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
            ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
            ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
        ];

        private static readonly (string, string)[] Step3Rules =
        [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
        ];

        private static readonly string[] Step4Suffixes =
        [
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
            "ism", "ate", "iti", "ous", "ive", "ize",
        ];
    }
}
