// Deep imports of natural: its index module loads storage back-ends that pull in dotenv,
// which prints to stdout and reads .env on import. These modules do not.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(word: string): string };
  export default PorterStemmer;
}
declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: string[];
}
declare module 'natural/lib/natural/tfidf/tfidf.js' {
  export default class TfIdf {
    documents: Array<Record<string, number>>;
    addDocument(document: string[] | Record<string, number>, key?: string): void;
    idf(term: string, force?: boolean): number;
  }
}
