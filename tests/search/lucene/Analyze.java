// Runs an analysis chain in real Lucene (the library Elasticsearch is built on) over lines read from stdin and
// prints each line's terms separated by spaces. The chain comes as arguments, one filter each, in the order of an
// Elasticsearch analyzer's "filter" list: elision=FILE, possessive, lowercase, stop=FILE, snowball=Language,
// asciifolding (FILE: one word a line, UTF-8); a first argument "whitespace" splits on spaces only instead of the
// standard tokenizer (for terms already analysed). Launched as a source file (java Analyze.java …), no build step.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.core.StopFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharArraySet;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.util.Version;

public class Analyze {
    static CharArraySet words(String file, boolean ignoreCase) throws Exception {
        List<String> lines = Files.readAllLines(Paths.get(file), StandardCharsets.UTF_8);
        lines.removeIf(String::isEmpty);
        return new CharArraySet(Version.LUCENE_4_10_4, lines, ignoreCase);
    }

    static TokenStream chain(String text, String[] filters) throws Exception {
        boolean whitespace = filters.length > 0 && filters[0].equals("whitespace");
        Tokenizer tokenizer = whitespace
            ? new WhitespaceTokenizer(Version.LUCENE_4_10_4, new StringReader(text))
            : new StandardTokenizer(Version.LUCENE_4_10_4, new StringReader(text));
        TokenStream stream = tokenizer;
        for (String filter : filters) {
            if (filter.equals("whitespace")) continue;
            String[] parts = filter.split("=", 2);
            switch (parts[0]) {
                case "elision": stream = new ElisionFilter(stream, words(parts[1], true)); break;
                case "possessive": stream = new EnglishPossessiveFilter(Version.LUCENE_4_10_4, stream); break;
                case "lowercase": stream = new LowerCaseFilter(Version.LUCENE_4_10_4, stream); break;
                case "stop": stream = new StopFilter(Version.LUCENE_4_10_4, stream, words(parts[1], false)); break;
                case "snowball": stream = new SnowballFilter(stream, parts[1]); break;
                case "asciifolding": stream = new ASCIIFoldingFilter(stream); break;
                default: throw new IllegalArgumentException("unknown filter " + filter);
            }
        }
        return stream;
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            TokenStream stream = chain(line, args);
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            boolean first = true;
            while (stream.incrementToken()) {
                if (!first) out.append(' ');
                out.append(term.toString());
                first = false;
            }
            stream.end();
            stream.close();
            out.append('\n');
        }
        System.out.print(out);
    }
}
