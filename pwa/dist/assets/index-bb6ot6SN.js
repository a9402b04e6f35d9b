import"./modulepreload-polyfill-P2Xu9kJm.js";var e,t,n,r,i,a,o,s,c,l,u,d={},f=[],p=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,m=Array.isArray;function h(e,t){for(var n in t)e[n]=t[n];return e}function g(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function _(t,n,r){var i,a,o,s={};for(o in n)o==`key`?i=n[o]:o==`ref`?a=n[o]:s[o]=n[o];if(arguments.length>2&&(s.children=arguments.length>3?e.call(arguments,2):r),typeof t==`function`&&t.defaultProps!=null)for(o in t.defaultProps)s[o]===void 0&&(s[o]=t.defaultProps[o]);return v(t,s,i,a,null)}function v(e,r,i,a,o){var s={type:e,props:r,key:i,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++n,__i:-1,__u:0};return o==null&&t.vnode!=null&&t.vnode(s),s}function y(e){return e.children}function b(e,t){this.props=e,this.context=t}function ee(e,t){if(t==null)return e.__?ee(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type==`function`?ee(e):null}function x(e){var t,n;if((e=e.__)!=null&&e.__c!=null){for(e.__e=e.__c.base=null,t=0;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null){e.__e=e.__c.base=n.__e;break}return x(e)}}function S(e){(!e.__d&&(e.__d=!0)&&r.push(e)&&!C.__r++||i!=t.debounceRendering)&&((i=t.debounceRendering)||a)(C)}function C(){for(var e,n,i,a,s,c,l,u=1;r.length;)r.length>u&&r.sort(o),e=r.shift(),u=r.length,e.__d&&(i=void 0,a=void 0,s=(a=(n=e).__v).__e,c=[],l=[],n.__P&&((i=h({},a)).__v=a.__v+1,t.vnode&&t.vnode(i),se(n.__P,i,a,n.__n,n.__P.namespaceURI,32&a.__u?[s]:null,c,s??ee(a),!!(32&a.__u),l),i.__v=a.__v,i.__.__k[i.__i]=i,le(c,i,l),a.__e=a.__=null,i.__e!=s&&x(i)));C.__r=0}function te(e,t,n,r,i,a,o,s,c,l,u){var p,m,h,g,_,v,y,b=r&&r.__k||f,ee=t.length;for(c=ne(n,t,b,c,ee),p=0;p<ee;p++)(h=n.__k[p])!=null&&(m=h.__i==-1?d:b[h.__i]||d,h.__i=p,v=se(e,h,m,i,a,o,s,c,l,u),g=h.__e,h.ref&&m.ref!=h.ref&&(m.ref&&fe(m.ref,null,h),u.push(h.ref,h.__c||g,h)),_==null&&g!=null&&(_=g),(y=!!(4&h.__u))||m.__k===h.__k?c=re(h,c,e,y):typeof h.type==`function`&&v!==void 0?c=v:g&&(c=g.nextSibling),h.__u&=-7);return n.__e=_,c}function ne(e,t,n,r,i){var a,o,s,c,l,u=n.length,d=u,f=0;for(e.__k=Array(i),a=0;a<i;a++)(o=t[a])!=null&&typeof o!=`boolean`&&typeof o!=`function`?(c=a+f,(o=e.__k[a]=typeof o==`string`||typeof o==`number`||typeof o==`bigint`||o.constructor==String?v(null,o,null,null,null):m(o)?v(y,{children:o},null,null,null):o.constructor==null&&o.__b>0?v(o.type,o.props,o.key,o.ref?o.ref:null,o.__v):o).__=e,o.__b=e.__b+1,s=null,(l=o.__i=w(o,n,c,d))!=-1&&(d--,(s=n[l])&&(s.__u|=2)),s==null||s.__v==null?(l==-1&&(i>u?f--:i<u&&f++),typeof o.type!=`function`&&(o.__u|=4)):l!=c&&(l==c-1?f--:l==c+1?f++:(l>c?f--:f++,o.__u|=4))):e.__k[a]=null;if(d)for(a=0;a<u;a++)(s=n[a])!=null&&!(2&s.__u)&&(s.__e==r&&(r=ee(s)),pe(s,s));return r}function re(e,t,n,r){var i,a;if(typeof e.type==`function`){for(i=e.__k,a=0;i&&a<i.length;a++)i[a]&&(i[a].__=e,t=re(i[a],t,n,r));return t}e.__e!=t&&(r&&(t&&e.type&&!t.parentNode&&(t=ee(e)),n.insertBefore(e.__e,t||null)),t=e.__e);do t&&=t.nextSibling;while(t!=null&&t.nodeType==8);return t}function w(e,t,n,r){var i,a,o,s=e.key,c=e.type,l=t[n],u=l!=null&&!(2&l.__u);if(l===null&&e.key==null||u&&s==l.key&&c==l.type)return n;if(r>+!!u){for(i=n-1,a=n+1;i>=0||a<t.length;)if((l=t[o=i>=0?i--:a++])!=null&&!(2&l.__u)&&s==l.key&&c==l.type)return o}return-1}function ie(e,t,n){t[0]==`-`?e.setProperty(t,n??``):e[t]=n==null?``:typeof n!=`number`||p.test(t)?n:n+`px`}function ae(e,t,n,r,i){var a,o;n:if(t==`style`){if(typeof n==`string`)e.style.cssText=n;else{if(typeof r==`string`&&(e.style.cssText=r=``),r)for(t in r)n&&t in n||ie(e.style,t,``);if(n)for(t in n)r&&n[t]==r[t]||ie(e.style,t,n[t])}}else if(t[0]==`o`&&t[1]==`n`)a=t!=(t=t.replace(s,`$1`)),o=t.toLowerCase(),t=o in e||t==`onFocusOut`||t==`onFocusIn`?o.slice(2):t.slice(2),e.l||={},e.l[t+a]=n,n?r?n.u=r.u:(n.u=c,e.addEventListener(t,a?u:l,a)):e.removeEventListener(t,a?u:l,a);else{if(i==`http://www.w3.org/2000/svg`)t=t.replace(/xlink(H|:h)/,`h`).replace(/sName$/,`s`);else if(t!=`width`&&t!=`height`&&t!=`href`&&t!=`list`&&t!=`form`&&t!=`tabIndex`&&t!=`download`&&t!=`rowSpan`&&t!=`colSpan`&&t!=`role`&&t!=`popover`&&t in e)try{e[t]=n??``;break n}catch{}typeof n==`function`||(n==null||!1===n&&t[4]!=`-`?e.removeAttribute(t):e.setAttribute(t,t==`popover`&&n==1?``:n))}}function oe(e){return function(n){if(this.l){var r=this.l[n.type+e];if(n.t==null)n.t=c++;else if(n.t<r.u)return;return r(t.event?t.event(n):n)}}}function se(e,n,r,i,a,o,s,c,l,u){var d,f,p,_,v,ee,x,S,C,ne,re,w,ie,ae,oe,se,le,fe=n.type;if(n.constructor!=null)return null;128&r.__u&&(l=!!(32&r.__u),o=[c=n.__e=r.__e]),(d=t.__b)&&d(n);n:if(typeof fe==`function`)try{if(S=n.props,C=`prototype`in fe&&fe.prototype.render,ne=(d=fe.contextType)&&i[d.__c],re=d?ne?ne.props.value:d.__:i,r.__c?x=(f=n.__c=r.__c).__=f.__E:(C?n.__c=f=new fe(S,re):(n.__c=f=new b(S,re),f.constructor=fe,f.render=me),ne&&ne.sub(f),f.props=S,f.state||(f.state={}),f.context=re,f.__n=i,p=f.__d=!0,f.__h=[],f._sb=[]),C&&f.__s==null&&(f.__s=f.state),C&&fe.getDerivedStateFromProps!=null&&(f.__s==f.state&&(f.__s=h({},f.__s)),h(f.__s,fe.getDerivedStateFromProps(S,f.__s))),_=f.props,v=f.state,f.__v=n,p)C&&fe.getDerivedStateFromProps==null&&f.componentWillMount!=null&&f.componentWillMount(),C&&f.componentDidMount!=null&&f.__h.push(f.componentDidMount);else{if(C&&fe.getDerivedStateFromProps==null&&S!==_&&f.componentWillReceiveProps!=null&&f.componentWillReceiveProps(S,re),!f.__e&&f.shouldComponentUpdate!=null&&!1===f.shouldComponentUpdate(S,f.__s,re)||n.__v==r.__v){for(n.__v!=r.__v&&(f.props=S,f.state=f.__s,f.__d=!1),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(e){e&&(e.__=n)}),w=0;w<f._sb.length;w++)f.__h.push(f._sb[w]);f._sb=[],f.__h.length&&s.push(f);break n}f.componentWillUpdate!=null&&f.componentWillUpdate(S,f.__s,re),C&&f.componentDidUpdate!=null&&f.__h.push(function(){f.componentDidUpdate(_,v,ee)})}if(f.context=re,f.props=S,f.__P=e,f.__e=!1,ie=t.__r,ae=0,C){for(f.state=f.__s,f.__d=!1,ie&&ie(n),d=f.render(f.props,f.state,f.context),oe=0;oe<f._sb.length;oe++)f.__h.push(f._sb[oe]);f._sb=[]}else do f.__d=!1,ie&&ie(n),d=f.render(f.props,f.state,f.context),f.state=f.__s;while(f.__d&&++ae<25);f.state=f.__s,f.getChildContext!=null&&(i=h(h({},i),f.getChildContext())),C&&!p&&f.getSnapshotBeforeUpdate!=null&&(ee=f.getSnapshotBeforeUpdate(_,v)),se=d,d!=null&&d.type===y&&d.key==null&&(se=ue(d.props.children)),c=te(e,m(se)?se:[se],n,r,i,a,o,s,c,l,u),f.base=n.__e,n.__u&=-161,f.__h.length&&s.push(f),x&&(f.__E=f.__=null)}catch(e){if(n.__v=null,l||o!=null){if(e.then){for(n.__u|=l?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;o[o.indexOf(c)]=null,n.__e=c}else{for(le=o.length;le--;)g(o[le]);ce(n)}}else n.__e=r.__e,n.__k=r.__k,e.then||ce(n);t.__e(e,n,r)}else o==null&&n.__v==r.__v?(n.__k=r.__k,n.__e=r.__e):c=n.__e=de(r.__e,n,r,i,a,o,s,l,u);return(d=t.diffed)&&d(n),128&n.__u?void 0:c}function ce(e){e&&e.__c&&(e.__c.__e=!0),e&&e.__k&&e.__k.forEach(ce)}function le(e,n,r){for(var i=0;i<r.length;i++)fe(r[i],r[++i],r[++i]);t.__c&&t.__c(n,e),e.some(function(n){try{e=n.__h,n.__h=[],e.some(function(e){e.call(n)})}catch(e){t.__e(e,n.__v)}})}function ue(e){return typeof e!=`object`||!e||e.__b&&e.__b>0?e:m(e)?e.map(ue):h({},e)}function de(n,r,i,a,o,s,c,l,u){var f,p,h,_,v,y,b,x=i.props,S=r.props,C=r.type;if(C==`svg`?o=`http://www.w3.org/2000/svg`:C==`math`?o=`http://www.w3.org/1998/Math/MathML`:o||=`http://www.w3.org/1999/xhtml`,s!=null){for(f=0;f<s.length;f++)if((v=s[f])&&`setAttribute`in v==!!C&&(C?v.localName==C:v.nodeType==3)){n=v,s[f]=null;break}}if(n==null){if(C==null)return document.createTextNode(S);n=document.createElementNS(o,C,S.is&&S),l&&=(t.__m&&t.__m(r,s),!1),s=null}if(C==null)x===S||l&&n.data==S||(n.data=S);else{if(s&&=e.call(n.childNodes),x=i.props||d,!l&&s!=null)for(x={},f=0;f<n.attributes.length;f++)x[(v=n.attributes[f]).name]=v.value;for(f in x)if(v=x[f],f!=`children`){if(f==`dangerouslySetInnerHTML`)h=v;else if(!(f in S)){if(f==`value`&&`defaultValue`in S||f==`checked`&&`defaultChecked`in S)continue;ae(n,f,null,v,o)}}for(f in S)v=S[f],f==`children`?_=v:f==`dangerouslySetInnerHTML`?p=v:f==`value`?y=v:f==`checked`?b=v:l&&typeof v!=`function`||x[f]===v||ae(n,f,v,x[f],o);if(p)l||h&&(p.__html==h.__html||p.__html==n.innerHTML)||(n.innerHTML=p.__html),r.__k=[];else if(h&&(n.innerHTML=``),te(r.type==`template`?n.content:n,m(_)?_:[_],r,i,a,C==`foreignObject`?`http://www.w3.org/1999/xhtml`:o,s,c,s?s[0]:i.__k&&ee(i,0),l,u),s!=null)for(f=s.length;f--;)g(s[f]);l||(f=`value`,C==`progress`&&y==null?n.removeAttribute(`value`):y!=null&&(y!==n[f]||C==`progress`&&!y||C==`option`&&y!=x[f])&&ae(n,f,y,x[f],o),f=`checked`,b!=null&&b!=n[f]&&ae(n,f,b,x[f],o))}return n}function fe(e,n,r){try{if(typeof e==`function`){var i=typeof e.__u==`function`;i&&e.__u(),i&&n==null||(e.__u=e(n))}else e.current=n}catch(e){t.__e(e,r)}}function pe(e,n,r){var i,a;if(t.unmount&&t.unmount(e),(i=e.ref)&&(i.current&&i.current!=e.__e||fe(i,null,n)),(i=e.__c)!=null){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(e){t.__e(e,n)}i.base=i.__P=null}if(i=e.__k)for(a=0;a<i.length;a++)i[a]&&pe(i[a],n,r||typeof e.type!=`function`);r||g(e.__e),e.__c=e.__=e.__e=void 0}function me(e,t,n){return this.constructor(e,n)}function he(n,r,i){var a,o,s,c;r==document&&(r=document.documentElement),t.__&&t.__(n,r),o=(a=typeof i==`function`)?null:i&&i.__k||r.__k,s=[],c=[],se(r,n=(!a&&i||r).__k=_(y,null,[n]),o||d,d,r.namespaceURI,!a&&i?[i]:o?null:r.firstChild?e.call(r.childNodes):null,s,!a&&i?i:o?o.__e:r.firstChild,a,c),le(s,n,c)}e=f.slice,t={__e:function(e,t,n,r){for(var i,a,o;t=t.__;)if((i=t.__c)&&!i.__)try{if((a=i.constructor)&&a.getDerivedStateFromError!=null&&(i.setState(a.getDerivedStateFromError(e)),o=i.__d),i.componentDidCatch!=null&&(i.componentDidCatch(e,r||{}),o=i.__d),o)return i.__E=i}catch(t){e=t}throw e}},n=0,b.prototype.setState=function(e,t){var n=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=h({},this.state);typeof e==`function`&&(e=e(h({},n),this.props)),e&&h(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),S(this))},b.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),S(this))},b.prototype.render=y,r=[],a=typeof Promise==`function`?Promise.prototype.then.bind(Promise.resolve()):setTimeout,o=function(e,t){return e.__v.__b-t.__v.__b},C.__r=0,s=/(PointerCapture)$|Capture$/i,c=0,l=oe(!1),u=oe(!0);var ge,T,_e,ve,ye=0,be=[],E=t,xe=E.__b,Se=E.__r,Ce=E.diffed,we=E.__c,Te=E.unmount,Ee=E.__;function De(e,t){E.__h&&E.__h(T,e,ye||t),ye=0;var n=T.__H||(T.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function D(e){return ye=1,Oe(Le,e)}function Oe(e,t,n){var r=De(ge++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Le(void 0,t),function(e){var t=r.__N?r.__N[0]:r.__[0],n=r.t(t,e);t!==n&&(r.__N=[n,r.__[1]],r.__c.setState({}))}],r.__c=T,!T.__f)){var i=function(e,t,n){if(!r.__c.__H)return!0;var i=r.__c.__H.__.filter(function(e){return!!e.__c});if(i.every(function(e){return!e.__N}))return!a||a.call(this,e,t,n);var o=r.__c.props!==e;return i.forEach(function(e){if(e.__N){var t=e.__[0];e.__=e.__N,e.__N=void 0,t!==e.__[0]&&(o=!0)}}),a&&a.call(this,e,t,n)||o};T.__f=!0;var a=T.shouldComponentUpdate,o=T.componentWillUpdate;T.componentWillUpdate=function(e,t,n){if(this.__e){var r=a;a=void 0,i(e,t,n),a=r}o&&o.call(this,e,t,n)},T.shouldComponentUpdate=i}return r.__N||r.__}function O(e,t){var n=De(ge++,3);!E.__s&&Ie(n.__H,t)&&(n.__=e,n.u=t,T.__H.__h.push(n))}function ke(e){return ye=5,Ae(function(){return{current:e}},[])}function Ae(e,t){var n=De(ge++,7);return Ie(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function je(){for(var e;e=be.shift();)if(e.__P&&e.__H)try{e.__H.__h.forEach(Pe),e.__H.__h.forEach(Fe),e.__H.__h=[]}catch(t){e.__H.__h=[],E.__e(t,e.__v)}}E.__b=function(e){T=null,xe&&xe(e)},E.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Ee&&Ee(e,t)},E.__r=function(e){Se&&Se(e),ge=0;var t=(T=e.__c).__H;t&&(_e===T?(t.__h=[],T.__h=[],t.__.forEach(function(e){e.__N&&(e.__=e.__N),e.u=e.__N=void 0})):(t.__h.forEach(Pe),t.__h.forEach(Fe),t.__h=[],ge=0)),_e=T},E.diffed=function(e){Ce&&Ce(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(be.push(t)!==1&&ve===E.requestAnimationFrame||((ve=E.requestAnimationFrame)||Ne)(je)),t.__H.__.forEach(function(e){e.u&&(e.__H=e.u),e.u=void 0})),_e=T=null},E.__c=function(e,t){t.some(function(e){try{e.__h.forEach(Pe),e.__h=e.__h.filter(function(e){return!e.__||Fe(e)})}catch(n){t.some(function(e){e.__h&&=[]}),t=[],E.__e(n,e.__v)}}),we&&we(e,t)},E.unmount=function(e){Te&&Te(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.forEach(function(e){try{Pe(e)}catch(e){t=e}}),n.__H=void 0,t&&E.__e(t,n.__v))};var Me=typeof requestAnimationFrame==`function`;function Ne(e){var t,n=function(){clearTimeout(r),Me&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);Me&&(t=requestAnimationFrame(n))}function Pe(e){var t=T,n=e.__c;typeof n==`function`&&(e.__c=void 0,n()),T=t}function Fe(e){var t=T;e.__c=e.__(),T=t}function Ie(e,t){return!e||e.length!==t.length||t.some(function(t,n){return t!==e[n]})}function Le(e,t){return typeof t==`function`?t(e):t}var Re=function(e,t,n,r){var i;t[0]=0;for(var a=1;a<t.length;a++){var o=t[a++],s=t[a]?(t[0]|=o?1:2,n[t[a++]]):t[++a];o===3?r[0]=s:o===4?r[1]=Object.assign(r[1]||{},s):o===5?(r[1]=r[1]||{})[t[++a]]=s:o===6?r[1][t[++a]]+=s+``:o?(i=e.apply(s,Re(e,s,n,[``,null])),r.push(i),s[0]?t[0]|=2:(t[a-2]=0,t[a]=i)):r.push(s)}return r},ze=new Map;function Be(e){var t=ze.get(this);return t||(t=new Map,ze.set(this,t)),(t=Re(this,t.get(e)||(t.set(e,t=function(e){for(var t,n,r=1,i=``,a=``,o=[0],s=function(e){r===1&&(e||(i=i.replace(/^\s*\n\s*|\s*\n\s*$/g,``)))?o.push(0,e,i):r===3&&(e||i)?(o.push(3,e,i),r=2):r===2&&i===`...`&&e?o.push(4,e,0):r===2&&i&&!e?o.push(5,0,!0,i):r>=5&&((i||!e&&r===5)&&(o.push(r,0,i,n),r=6),e&&(o.push(r,e,0,n),r=6)),i=``},c=0;c<e.length;c++){c&&(r===1&&s(),s(c));for(var l=0;l<e[c].length;l++)t=e[c][l],r===1?t===`<`?(s(),o=[o],r=3):i+=t:r===4?i===`--`&&t===`>`?(r=1,i=``):i=t+i[0]:a?t===a?a=``:i+=t:t===`"`||t===`'`?a=t:t===`>`?(s(),r=1):r&&(t===`=`?(r=5,n=i,i=``):t===`/`&&(r<5||e[c][l+1]===`>`)?(s(),r===3&&(o=o[0]),r=o,(o=o[0]).push(2,0,r),r=0):t===` `||t===`	`||t===`
`||t===`\r`?(s(),r=2):i+=t),r===3&&i===`!--`&&(r=4,o=o[0])}return s(),o}(e)),t),arguments,[])).length>1?t:t[0]}var k=Be.bind(_),Ve={NAME:`Name`,DOCUMENT:`Document`,OPERATION_DEFINITION:`OperationDefinition`,VARIABLE_DEFINITION:`VariableDefinition`,SELECTION_SET:`SelectionSet`,FIELD:`Field`,ARGUMENT:`Argument`,FRAGMENT_SPREAD:`FragmentSpread`,INLINE_FRAGMENT:`InlineFragment`,FRAGMENT_DEFINITION:`FragmentDefinition`,VARIABLE:`Variable`,INT:`IntValue`,FLOAT:`FloatValue`,STRING:`StringValue`,BOOLEAN:`BooleanValue`,NULL:`NullValue`,ENUM:`EnumValue`,LIST:`ListValue`,OBJECT:`ObjectValue`,OBJECT_FIELD:`ObjectField`,DIRECTIVE:`Directive`,NAMED_TYPE:`NamedType`,LIST_TYPE:`ListType`,NON_NULL_TYPE:`NonNullType`},He=class extends Error{constructor(e,t,n,r,i,a,o){super(e),this.name=`GraphQLError`,this.message=e,i&&(this.path=i),t&&(this.nodes=Array.isArray(t)?t:[t]),n&&(this.source=n),r&&(this.positions=r),a&&(this.originalError=a);var s=o;if(!s&&a){var c=a.extensions;c&&typeof c==`object`&&(s=c)}this.extensions=s||{}}toJSON(){return{...this,message:this.message}}toString(){return this.message}get[Symbol.toStringTag](){return`GraphQLError`}},A,j;function M(e){return new He(`Syntax Error: Unexpected token at ${j} in ${e}`)}function Ue(e){if(e.lastIndex=j,e.test(A))return A.slice(j,j=e.lastIndex)}var We=/ +(?=[^\s])/y;function Ge(e){for(var t=e.split(`
`),n=``,r=0,i=0,a=t.length-1,o=0;o<t.length;o++)We.lastIndex=0,We.test(t[o])&&(o&&(!r||We.lastIndex<r)&&(r=We.lastIndex),i||=o,a=o);for(var s=i;s<=a;s++)s!==i&&(n+=`
`),n+=t[s].slice(r).replace(/\\"""/g,`"""`);return n}function N(){for(var e=0|A.charCodeAt(j++);e===9||e===10||e===13||e===32||e===35||e===44||e===65279;e=0|A.charCodeAt(j++))if(e===35)for(;(e=0|A.charCodeAt(j++))&&e!==10&&e!==13;);j--}function Ke(){for(var e=j,t=0|A.charCodeAt(j++);t>=48&&t<=57||t>=65&&t<=90||t===95||t>=97&&t<=122;t=0|A.charCodeAt(j++));if(e===j-1)throw M(`Name`);var n=A.slice(e,--j);return N(),n}function P(){return{kind:`Name`,value:Ke()}}var qe=/(?:"""|(?:[\s\S]*?[^\\])""")/y,Je=/(?:(?:\.\d+)?[eE][+-]?\d+|\.\d+)/y;function Ye(e){var t;switch(A.charCodeAt(j)){case 91:j++,N();for(var n=[];A.charCodeAt(j)!==93;)n.push(Ye(e));return j++,N(),{kind:`ListValue`,values:n};case 123:j++,N();for(var r=[];A.charCodeAt(j)!==125;){var i=P();if(A.charCodeAt(j++)!==58)throw M(`ObjectField`);N(),r.push({kind:`ObjectField`,name:i,value:Ye(e)})}return j++,N(),{kind:`ObjectValue`,fields:r};case 36:if(e)throw M(`Variable`);return j++,{kind:`Variable`,name:P()};case 34:if(A.charCodeAt(j+1)===34&&A.charCodeAt(j+2)===34){if(j+=3,(t=Ue(qe))==null)throw M(`StringValue`);return N(),{kind:`StringValue`,value:Ge(t.slice(0,-3)),block:!0}}var a=j,o;j++;var s=!1;for(o=0|A.charCodeAt(j++);o===92&&(j++,s=!0)||o!==10&&o!==13&&o!==34&&o;o=0|A.charCodeAt(j++));if(o!==34)throw M(`StringValue`);return t=A.slice(a,j),N(),{kind:`StringValue`,value:s?JSON.parse(t):t.slice(1,-1),block:!1};case 45:case 48:case 49:case 50:case 51:case 52:case 53:case 54:case 55:case 56:case 57:for(var c=j++,l;(l=0|A.charCodeAt(j++))>=48&&l<=57;);var u=A.slice(c,--j);if((l=A.charCodeAt(j))===46||l===69||l===101){if((t=Ue(Je))==null)throw M(`FloatValue`);return N(),{kind:`FloatValue`,value:u+t}}return N(),{kind:`IntValue`,value:u};case 110:if(A.charCodeAt(j+1)===117&&A.charCodeAt(j+2)===108&&A.charCodeAt(j+3)===108)return j+=4,N(),{kind:`NullValue`};break;case 116:if(A.charCodeAt(j+1)===114&&A.charCodeAt(j+2)===117&&A.charCodeAt(j+3)===101)return j+=4,N(),{kind:`BooleanValue`,value:!0};break;case 102:if(A.charCodeAt(j+1)===97&&A.charCodeAt(j+2)===108&&A.charCodeAt(j+3)===115&&A.charCodeAt(j+4)===101)return j+=5,N(),{kind:`BooleanValue`,value:!1}}return{kind:`EnumValue`,value:Ke()}}function Xe(e){if(A.charCodeAt(j)===40){var t=[];j++,N();do{var n=P();if(A.charCodeAt(j++)!==58)throw M(`Argument`);N(),t.push({kind:`Argument`,name:n,value:Ye(e)})}while(A.charCodeAt(j)!==41);return j++,N(),t}}function Ze(e){if(A.charCodeAt(j)===64){var t=[];do j++,t.push({kind:`Directive`,name:P(),arguments:Xe(e)});while(A.charCodeAt(j)===64);return t}}function Qe(){for(var e=0;A.charCodeAt(j)===91;)e++,j++,N();var t={kind:`NamedType`,name:P()};do if(A.charCodeAt(j)===33&&(j++,N(),t={kind:`NonNullType`,type:t}),e){if(A.charCodeAt(j++)!==93)throw M(`NamedType`);N(),t={kind:`ListType`,type:t}}while(e--);return t}function $e(){if(A.charCodeAt(j++)!==123)throw M(`SelectionSet`);return N(),et()}function et(){var e=[];do if(A.charCodeAt(j)===46){if(A.charCodeAt(++j)!==46||A.charCodeAt(++j)!==46)throw M(`SelectionSet`);switch(j++,N(),A.charCodeAt(j)){case 64:e.push({kind:`InlineFragment`,typeCondition:void 0,directives:Ze(!1),selectionSet:$e()});break;case 111:A.charCodeAt(j+1)===110?(j+=2,N(),e.push({kind:`InlineFragment`,typeCondition:{kind:`NamedType`,name:P()},directives:Ze(!1),selectionSet:$e()})):e.push({kind:`FragmentSpread`,name:P(),directives:Ze(!1)});break;case 123:j++,N(),e.push({kind:`InlineFragment`,typeCondition:void 0,directives:void 0,selectionSet:et()});break;default:e.push({kind:`FragmentSpread`,name:P(),directives:Ze(!1)})}}else{var t=P(),n=void 0;A.charCodeAt(j)===58&&(j++,N(),n=t,t=P());var r=Xe(!1),i=Ze(!1),a=void 0;A.charCodeAt(j)===123&&(j++,N(),a=et()),e.push({kind:`Field`,alias:n,name:t,arguments:r,directives:i,selectionSet:a})}while(A.charCodeAt(j)!==125);return j++,N(),{kind:`SelectionSet`,selections:e}}function tt(){if(N(),A.charCodeAt(j)===40){var e=[];j++,N();do{var t=void 0;if(A.charCodeAt(j)===34&&(t=Ye(!0)),A.charCodeAt(j++)!==36)throw M(`Variable`);var n=P();if(A.charCodeAt(j++)!==58)throw M(`VariableDefinition`);N();var r=Qe(),i=void 0;A.charCodeAt(j)===61&&(j++,N(),i=Ye(!0)),N();var a={kind:`VariableDefinition`,variable:{kind:`Variable`,name:n},type:r,defaultValue:i,directives:Ze(!0)};t&&(a.description=t),e.push(a)}while(A.charCodeAt(j)!==41);return j++,N(),e}}function nt(e){var t=P();if(A.charCodeAt(j++)!==111||A.charCodeAt(j++)!==110)throw M(`FragmentDefinition`);N();var n={kind:`FragmentDefinition`,name:t,typeCondition:{kind:`NamedType`,name:P()},directives:Ze(!1),selectionSet:$e()};return e&&(n.description=e),n}function rt(){var e=[];do{var t=void 0;if(A.charCodeAt(j)===34&&(t=Ye(!0)),A.charCodeAt(j)===123){if(t)throw M(`Document`);j++,N(),e.push({kind:`OperationDefinition`,operation:`query`,name:void 0,variableDefinitions:void 0,directives:void 0,selectionSet:et()})}else{var n=Ke();switch(n){case`fragment`:e.push(nt(t));break;case`query`:case`mutation`:case`subscription`:var r,i=void 0;(r=A.charCodeAt(j))!==40&&r!==64&&r!==123&&(i=P());var a={kind:`OperationDefinition`,operation:n,name:i,variableDefinitions:tt(),directives:Ze(!1),selectionSet:$e()};t&&(a.description=t),e.push(a);break;default:throw M(`Document`)}}}while(j<A.length);return e}function it(e,t){return A=e.body?e.body:e,j=0,N(),t&&t.noLocation?{kind:`Document`,definitions:rt()}:{kind:`Document`,definitions:rt(),loc:{start:0,end:A.length,startToken:void 0,endToken:void 0,source:{body:A,name:`graphql.web`,locationOffset:{line:1,column:1}}}}}var at={};function ot(e,t){var n=[],r=[];try{var i=function e(i,a,o){var s=!1,c=t[i.kind]&&t[i.kind].enter||t[i.kind]||t.enter,l=c&&c.call(t,i,a,o,r,n);if(!1===l)return i;if(l===null)return null;if(l===at)throw at;l&&typeof l.kind==`string`&&(s=l!==i,i=l),o&&n.push(o);var u,d={...i};for(var f in i){r.push(f);var p=i[f];if(Array.isArray(p)){for(var m=[],h=0;h<p.length;h++)p[h]!=null&&typeof p[h].kind==`string`&&(n.push(i),r.push(h),u=e(p[h],h,p),r.pop(),n.pop(),u==null?s=!0:(s||=u!==p[h],m.push(u)));p=m}else p!=null&&typeof p.kind==`string`&&(u=e(p,f,i))!==void 0&&(s||=p!==u,p=u);r.pop(),s&&(d[f]=p)}o&&n.pop();var g=t[i.kind]&&t[i.kind].leave||t.leave,_=g&&g.call(t,i,a,o,r,n);if(_===at)throw at;return _===void 0?l===void 0?s?d:i:s?d:l:_}(e);return i!==void 0&&!1!==i?i:e}catch(t){if(t!==at)throw t;return e}}function st(e,t,n){for(var r=``,i=0;i<e.length;i++)i&&(r+=t),r+=n(e[i]);return r}function ct(e){return JSON.stringify(e)}function lt(e){return`"""
`+e.replace(/"""/g,`\\"""`)+`
"""`}var ut=`
`,F={OperationDefinition(e){var t=``;e.description&&(t+=F.StringValue(e.description)+`
`),t+=e.operation,e.name&&(t+=` `+e.name.value),e.variableDefinitions&&e.variableDefinitions.length&&(e.name||(t+=` `),t+=`(`+st(e.variableDefinitions,`, `,F.VariableDefinition)+`)`),e.directives&&e.directives.length&&(t+=` `+st(e.directives,` `,F.Directive));var n=F.SelectionSet(e.selectionSet);return t===`query`?n:t+` `+n},VariableDefinition(e){var t=``;return e.description&&(t+=F.StringValue(e.description)+` `),t+=F.Variable(e.variable)+`: `+dt(e.type),e.defaultValue&&(t+=` = `+dt(e.defaultValue)),e.directives&&e.directives.length&&(t+=` `+st(e.directives,` `,F.Directive)),t},Field(e){var t=e.alias?e.alias.value+`: `+e.name.value:e.name.value;if(e.arguments&&e.arguments.length){var n=st(e.arguments,`, `,F.Argument);t.length+n.length+2>80?t+=`(`+(ut+=`  `)+st(e.arguments,ut,F.Argument)+(ut=ut.slice(0,-2))+`)`:t+=`(`+n+`)`}return e.directives&&e.directives.length&&(t+=` `+st(e.directives,` `,F.Directive)),e.selectionSet&&e.selectionSet.selections.length&&(t+=` `+F.SelectionSet(e.selectionSet)),t},StringValue(e){return e.block?lt(e.value).replace(/\n/g,ut):ct(e.value)},BooleanValue:e=>``+e.value,NullValue:e=>`null`,IntValue:e=>e.value,FloatValue:e=>e.value,EnumValue:e=>e.value,Name:e=>e.value,Variable:e=>`$`+e.name.value,ListValue:e=>`[`+st(e.values,`, `,dt)+`]`,ObjectValue:e=>`{`+st(e.fields,`, `,F.ObjectField)+`}`,ObjectField:e=>e.name.value+`: `+dt(e.value),Document(e){return!e.definitions||!e.definitions.length?``:st(e.definitions,`

`,dt)},SelectionSet:e=>`{`+(ut+=`  `)+st(e.selections,ut,dt)+(ut=ut.slice(0,-2))+`}`,Argument:e=>e.name.value+`: `+dt(e.value),FragmentSpread(e){var t=`...`+e.name.value;return e.directives&&e.directives.length&&(t+=` `+st(e.directives,` `,F.Directive)),t},InlineFragment(e){var t=`...`;return e.typeCondition&&(t+=` on `+e.typeCondition.name.value),e.directives&&e.directives.length&&(t+=` `+st(e.directives,` `,F.Directive)),t+=` `+F.SelectionSet(e.selectionSet)},FragmentDefinition(e){var t=``;return e.description&&(t+=F.StringValue(e.description)+`
`),t+=`fragment `+e.name.value,t+=` on `+e.typeCondition.name.value,e.directives&&e.directives.length&&(t+=` `+st(e.directives,` `,F.Directive)),t+` `+F.SelectionSet(e.selectionSet)},Directive(e){var t=`@`+e.name.value;return e.arguments&&e.arguments.length&&(t+=`(`+st(e.arguments,`, `,F.Argument)+`)`),t},NamedType:e=>e.name.value,ListType:e=>`[`+dt(e.type)+`]`,NonNullType:e=>dt(e.type)+`!`},dt=e=>F[e.kind](e);function ft(e){return ut=`
`,F[e.kind]?F[e.kind](e):``}var pt={"X-Walker-CSRF":`1`},mt=``,ht=class extends Error{field;constructor(e,t=``){super(e),this.field=t}};async function gt(e,t,n={}){return fetch(e,{method:`POST`,credentials:`same-origin`,headers:{"Content-Type":`application/json`,...n},body:JSON.stringify(t??{})})}var _t=`walker.session`;async function vt(e){if(!e.ok)throw new ht(e.status===429?`Too many attempts: wait a moment.`:`Sign-in failed.`);mt=(await e.json()).accessToken,localStorage.setItem(_t,`1`)}var yt=null;function bt(){return yt??=(async()=>{if(!localStorage.getItem(_t))return!1;let e=await gt(`/auth/refresh`,{},pt);return e.ok?(await vt(e),!0):(localStorage.removeItem(_t),!1)})().finally(()=>yt=null),yt}async function xt(e){let t=await gt(`/auth/register/begin`,e,mt?{Authorization:`Bearer ${mt}`}:{});if(!t.ok){if(t.status!==400)throw new ht(`This invitation link is not valid any more: ask your admin for a new one.`);let e=(await t.json().catch(()=>null))?.errors?.[0];throw new ht(e?.message??`Check the form.`,e?.extensions?.field)}let n=await t.json(),r=await navigator.credentials.create({publicKey:PublicKeyCredential.parseCreationOptionsFromJSON(n.publicKey)});if(!r)throw new ht(`No passkey was created.`);await vt(await gt(`/auth/register/finish`,r.toJSON()))}async function St(e,t=!1){let n=await gt(`/auth/login/begin`,{});if(!n.ok)throw new ht(`Sign-in is not available right now.`);let r=await n.json(),i=await navigator.credentials.get({publicKey:PublicKeyCredential.parseRequestOptionsFromJSON(r.publicKey),mediation:t?`conditional`:`optional`,signal:e});if(!i)throw new ht(`No passkey was chosen.`);await vt(await gt(`/auth/login/finish`,i.toJSON()))}async function Ct(e=!1){e&&await gt(`/auth/logout-everywhere`,{},{Authorization:`Bearer ${mt}`}),await gt(`/auth/logout`,{},pt),mt=``,localStorage.removeItem(_t)}var wt=class extends Error{},Tt=class extends Error{code;status;field;current;retryAfter;constructor(e,t,n,r=``,i,a=0){super(e),this.code=t,this.status=n,this.field=r,this.current=i,this.retryAfter=a}},Et=new Set;function Dt(e){return Et.add(e),()=>Et.delete(e)}function Ot(e,t){let n=t?.cost,r=n?.throttleStatus;if(n&&r&&r.restoreRate>0)return Math.ceil((n.requestedQueryCost-r.currentlyAvailable)/r.restoreRate*1e3)+50;let i=Number(t?.retryAfter??e.headers.get(`Retry-After`));return Number.isFinite(i)&&i>0?i*1e3:1e3}function kt(){try{let{exp:e}=JSON.parse(atob(mt.split(`.`)[1].replace(/-/g,`+`).replace(/_/g,`/`)));return e*1e3-Date.now()<6e4}catch{return!0}}async function At(e,t){for(let n=0;;n++){kt()&&await bt().catch(()=>!1);let r;try{r=await gt(`/graphql`,{query:e,variables:t},{Authorization:`Bearer ${mt}`})}catch{throw new wt(`You are offline.`)}let i=await r.json().catch(()=>null),a=i?.errors?.[0],o=i?.extensions?.cost??a?.extensions?.cost;if(o?.throttleStatus&&Et.forEach(e=>e(o)),!a){if(r.ok&&i?.data)return i.data;throw r.status>=500||r.status===429?new wt(`The server is busy.`):new Tt(`Unexpected answer.`,`INTERNAL`,r.status)}let s=a.extensions?.code??`INTERNAL`;if(s===`UNAUTHENTICATED`&&n===0)mt=``;else throw new Tt(a.message,s,r.status,a.extensions?.field,a.extensions?.current,s===`RATE_LIMITED`?Ot(r,a.extensions):0)}}async function I(e,t){return await At(ft(e),t)}var jt=(e,t)=>t.some(t=>e instanceof t),Mt,Nt;function Pt(){return Mt||=[IDBDatabase,IDBObjectStore,IDBIndex,IDBCursor,IDBTransaction]}function Ft(){return Nt||=[IDBCursor.prototype.advance,IDBCursor.prototype.continue,IDBCursor.prototype.continuePrimaryKey]}var It=new WeakMap,Lt=new WeakMap,Rt=new WeakMap;function zt(e){let t=new Promise((t,n)=>{let r=()=>{e.removeEventListener(`success`,i),e.removeEventListener(`error`,a)},i=()=>{t(Gt(e.result)),r()},a=()=>{n(e.error),r()};e.addEventListener(`success`,i),e.addEventListener(`error`,a)});return Rt.set(t,e),t}function Bt(e){if(It.has(e))return;let t=new Promise((t,n)=>{let r=()=>{e.removeEventListener(`complete`,i),e.removeEventListener(`error`,a),e.removeEventListener(`abort`,a)},i=()=>{t(),r()},a=()=>{n(e.error||new DOMException(`AbortError`,`AbortError`)),r()};e.addEventListener(`complete`,i),e.addEventListener(`error`,a),e.addEventListener(`abort`,a)});It.set(e,t)}var Vt={get(e,t,n){if(e instanceof IDBTransaction){if(t===`done`)return It.get(e);if(t===`store`)return n.objectStoreNames[1]?void 0:n.objectStore(n.objectStoreNames[0])}return Gt(e[t])},set(e,t,n){return e[t]=n,!0},has(e,t){return e instanceof IDBTransaction&&(t===`done`||t===`store`)||t in e}};function Ht(e){Vt=e(Vt)}function Ut(e){return Ft().includes(e)?function(...t){return e.apply(Kt(this),t),Gt(this.request)}:function(...t){return Gt(e.apply(Kt(this),t))}}function Wt(e){return typeof e==`function`?Ut(e):(e instanceof IDBTransaction&&Bt(e),jt(e,Pt())?new Proxy(e,Vt):e)}function Gt(e){if(e instanceof IDBRequest)return zt(e);if(Lt.has(e))return Lt.get(e);let t=Wt(e);return t!==e&&(Lt.set(e,t),Rt.set(t,e)),t}var Kt=e=>Rt.get(e);function qt(e,t,{blocked:n,upgrade:r,blocking:i,terminated:a}={}){let o=indexedDB.open(e,t),s=Gt(o);return r&&o.addEventListener(`upgradeneeded`,e=>{r(Gt(o.result),e.oldVersion,e.newVersion,Gt(o.transaction),e)}),n&&o.addEventListener(`blocked`,e=>n(e.oldVersion,e.newVersion,e)),s.then(e=>{a&&e.addEventListener(`close`,()=>a()),i&&e.addEventListener(`versionchange`,e=>i(e.oldVersion,e.newVersion,e))}).catch(()=>{}),s}var Jt=[`get`,`getKey`,`getAll`,`getAllKeys`,`count`],Yt=[`put`,`add`,`delete`,`clear`],Xt=new Map;function Zt(e,t){if(!(e instanceof IDBDatabase&&!(t in e)&&typeof t==`string`))return;if(Xt.get(t))return Xt.get(t);let n=t.replace(/FromIndex$/,``),r=t!==n,i=Yt.includes(n);if(!(n in(r?IDBIndex:IDBObjectStore).prototype)||!(i||Jt.includes(n)))return;let a=async function(e,...t){let a=this.transaction(e,i?`readwrite`:`readonly`),o=a.store;return r&&(o=o.index(t.shift())),(await Promise.all([o[n](...t),i&&a.done]))[0]};return Xt.set(t,a),a}Ht(e=>({...e,get:(t,n,r)=>Zt(t,n)||e.get(t,n,r),has:(t,n)=>!!Zt(t,n)||e.has(t,n)}));var Qt=[`continue`,`continuePrimaryKey`,`advance`],$t={},en=new WeakMap,tn=new WeakMap,nn={get(e,t){if(!Qt.includes(t))return e[t];let n=$t[t];return n||=$t[t]=function(...e){en.set(this,tn.get(this)[t](...e))},n}};async function*rn(...e){let t=this;if(t instanceof IDBCursor||(t=await t.openCursor(...e)),!t)return;t=t;let n=new Proxy(t,nn);for(tn.set(n,t),Rt.set(n,Kt(t));t;)yield n,t=await(en.get(n)||t.continue()),en.delete(n)}function an(e,t){return t===Symbol.asyncIterator&&jt(e,[IDBIndex,IDBObjectStore,IDBCursor])||t===`iterate`&&jt(e,[IDBIndex,IDBObjectStore])}Ht(e=>({...e,get(t,n,r){return an(t,n)?rn:e.get(t,n,r)},has(t,n){return an(t,n)||e.has(t,n)}}));var on=null,sn=()=>qt(`walker-reads`,1,{upgrade(e){e.createObjectStore(`reads`,{keyPath:`key`})}}),cn=5e3;async function ln(e,t){for(let n=0;;)try{return await At(e,t)}catch(e){let t=e instanceof Tt?e.retryAfter||1e3:0;if(!(e instanceof Tt&&e.code===`RATE_LIMITED`)||n+t>cn)throw e;n+=t,await new Promise(e=>setTimeout(e,t))}}async function un(e,t){let n=ft(e),r=n+`
`+JSON.stringify(t);on??=sn();try{let e=await ln(n,t);return await(await on).put(`reads`,{key:r,data:e,at:Date.now()}),{data:e,asOf:null}}catch(e){if(!(e instanceof wt))throw e;let t=await(await on).get(`reads`,r);if(!t)throw e;return{data:t.data,asOf:t.at}}}async function dn(){on??=sn(),await(await on).clear(`reads`)}var fn=e=>({[e instanceof Error&&`field`in e?String(e.field??``):``]:e instanceof Error?e.message:String(e)}),pn=e=>e?new FormData(e):new FormData;function mn(e,t={}){let n=ke(null),[r,i]=D(!1),[a,o]=D(t),[,s]=D(0),[c,l]=D(0),u=new Set,d={...a,...r?e(pn(n.current)):{}};return O(()=>{if(!c)return;let e=n.current?.querySelector(`[aria-invalid="true"]`);e?.focus({preventScroll:!0}),e?.scrollIntoView({block:`center`})},[c]),O(()=>{Object.keys(t).length&&l(e=>e+1)},[]),{ref:n,errors:d,field(e){return u.add(e),{name:e,"aria-invalid":d[e]?`true`:void 0,"aria-describedby":d[e]?`err-`+e:void 0}},error(e){return u.add(e),d[e]?k`<span class="field-error" id=${`err-`+e} data-field=${e}>${d[e]}</span>`:null},others(){let e=Object.entries(d).filter(([e])=>!u.has(e));return e.length?k`<div class="error" role="alert">${e.map(([e,t])=>k`<p>${e?e+`: `:``}${t}</p>`)}</div>`:null},submit(t){return r=>{r.preventDefault();let a=pn(n.current);i(!0),Object.keys(e(a)).length?l(e=>e+1):(o({}),t(a))}},refuse(e){o(e),l(e=>e+1)},onInput(e){let t=e.target?.name;t&&a[t]&&o(({[t]:e,...n})=>n),s(e=>e+1)}}}var hn={_comment:`Generated by go generate (ent/entc.go) from the rules declared in ent/schema; do not edit. The server enforces them; the app (pwa) checks the same rules, with the same messages, before anything is sent. Entities and fields are named as in the GraphQL schema. Text is trimmed of the characters in 'blank' at both ends before any rule applies, and lengths count characters (code points), not bytes. A field with maxAheadHours is a time refused before earliestDate and after now plus that many hours, its date (YYYY-MM-DD, UTC) in the message.`,blank:`[\\s\\u0085\\p{Cf}\\u034f\\u115f\\u1160\\u3164\\uffa0]`,earliestDate:`2000-01-01`,emailPattern:`^[^@\\t\\n\\f\\r ]+@[^@\\t\\n\\f\\r ]+\\.[^@\\t\\n\\f\\r ]+$`,messages:{email:`must be an email address, such as name@example.com`,maxChars:`must be at most {max} characters`,notAfter:`must not be later than {date}`,notBefore:`must not be before {date}`,range:`must be between {min} and {max}`,required:`must not be empty`},entities:{APIToken:{name:{required:!0,maxChars:120}},Commitment:{target:{min:1,max:1e4}},Conversation:{durationMinutes:{min:0,max:1440},heard:{maxChars:1e4},occurredAt:{maxAheadHours:24},painPoints:{maxChars:1e4}},Customer:{company:{maxChars:200},externalId:{maxChars:120},name:{required:!0,maxChars:200},persona:{maxChars:120},segment:{maxChars:120},source:{maxChars:120}},Decision:{clvImpact:{min:-0xe8d4a51000,max:0xe8d4a51000},context:{maxChars:1e4},customerBenefit:{maxChars:2e3,benefit:!0},decidedAt:{maxAheadHours:24},optionsConsidered:{maxChars:1e4},realisedImpact:{maxChars:1e4},reviewOn:{maxAheadHours:43800},title:{required:!0,maxChars:200}},Endorsement:{comment:{maxChars:2e3}},FeedbackReview:{heldAt:{maxAheadHours:43800},notes:{maxChars:1e4},title:{required:!0,maxChars:200}},FollowUp:{action:{required:!0,maxChars:2e3},doneAt:{maxAheadHours:24},dueOn:{maxAheadHours:43800}},Invitation:{email:{maxChars:254,email:!0}},Leader:{email:{required:!0,maxChars:254,email:!0},name:{required:!0,maxChars:200},team:{maxChars:120},title:{maxChars:120}},Mandate:{target:{min:1,max:1e4},team:{maxChars:120}},Nomination:{decisionNote:{maxChars:2e3},story:{required:!0,maxChars:4e3}},Organization:{name:{required:!0,maxChars:200}},Passkey:{name:{required:!0,maxChars:120}},Plan:{note:{maxChars:2e3},plannedAt:{maxAheadHours:43800}},WebhookEndpoint:{description:{maxChars:120},url:{required:!0,maxChars:2e3}}}},gn={_comment:`The customer-benefit rule, shared: the server (validate.go) embeds it and the app (pwa/src/benefit.ts) imports it, so both refuse the same answers with the same message. Both test suites run the examples.`,minLength:15,minLetters:10,minDistinctLetters:5,message:`say what the customer gains from this decision, in at least 15 characters (placeholders such as "n/a", "tbd", "none" or "same" are not accepted)`,placeholders:`.asabove.ditto.fillinlater.idk.later.loremipsum.loremipsumdolorsitamet.na.nil.nobenefit.nobenefitforthecustomer.nocomment.noimpact.none.nonefornow.notapplicable.nothing.nothingatall.nothingreally.notrelevant.notsure.null.same.sameasabove.seeabove.seebelow.tba.tbc.tbd.test.testing.tobeconfirmed.tobedefined.tobedetermined.todo.unknown.whatever.willaddlater.xxx`.split(`.`),examples:{accepted:[`Refunds arrive in 2 days instead of 10`,`Faster refunds!`,`  Shorter queues at the counter  `,`Kunden erhalten Rückerstattungen schneller`,`Same-day delivery for all orders in town`],refused:[``,`     `,`Faster refund!`,`n/a`,`N/A                      `,`TBD.`,`Same as above.`,`Not Applicable!!!`,`N.O.T.H.I.N.G.    `,`----------------`,`aaaaaaaaaaaaaaaaaaaa`,`abababababababababab`,`1234567890123456`,`Lorem ipsum dolor sit amet`,`No benefit for the customer`]}},_n=new Set(gn.placeholders);function vn(e){let t=e.trim();if([...t].length<gn.minLength)return gn.message;let n=t.toLowerCase(),r=[...n].filter(e=>/[\p{L}\p{Nd}]/u.test(e)).join(``),i=[...n].filter(e=>/\p{L}/u.test(e));return _n.has(r)||i.length<gn.minLetters||new Set(i).size<gn.minDistinctLetters?gn.message:``}gn.examples;var yn=hn.entities,bn=RegExp(`^${hn.blank}+|${hn.blank}+$`,`gu`),xn=new RegExp(hn.emailPattern,`u`),Sn=(e,t)=>e.replace(/\{(\w+)\}/g,(e,n)=>String(t[n])),L=e=>e.replace(bn,``);function Cn(e,t,n,r=new Date){let i=yn[e]?.[t];if(!i)return``;let a=hn.messages,o=typeof n==`string`?L(n):n;if(o==null||o===``)return i.benefit?vn(``):i.required?a.required:``;if(i.maxAheadHours!==void 0){let e=new Date(o).getTime(),t=new Date(hn.earliestDate+`T00:00:00Z`).getTime(),n=r.getTime()+i.maxAheadHours*36e5;return Number.isNaN(e)||e<t?Sn(a.notBefore,{date:hn.earliestDate}):e>n?Sn(a.notAfter,{date:new Date(n).toISOString().slice(0,10)}):``}if(i.min!==void 0||i.max!==void 0){let e=Number(o),t=i.min??-1/0,n=i.max??1/0;return Number.isFinite(e)&&e>=t&&e<=n?``:Sn(a.range,{min:t,max:n})}let s=String(o);return i.maxChars!==void 0&&[...s].length>i.maxChars?Sn(a.maxChars,{max:i.maxChars}):i.email&&!xn.test(s)?a.email:i.benefit?vn(s):``}function R(e,t,n=new Date){let r={};for(let[i,a]of Object.entries(t)){let t=Cn(e,i,a,n);t&&(r[i]=t)}return r}function wn(e){return e instanceof ht?e.message:e instanceof DOMException&&e.name===`NotAllowedError`?`The passkey request was cancelled.`:`Something went wrong. Try again.`}function Tn({token:e,done:t}){let[n,r]=D(!1),i=new URLSearchParams(location.search).has(`setup`),a=e=>({name:L(String(e.get(`name`)??``)),email:L(String(e.get(`email`)??``)),organization:L(String(e.get(`organization`)??``)),passkeyName:L(String(e.get(`passkeyName`)??``))}),o=mn(e=>{let t=a(e),n=[[`name`,`Leader`,`name`,t.name],[`passkeyName`,`Passkey`,`name`,t.passkeyName]];return i&&n.push([`organization`,`Organization`,`name`,t.organization],[`email`,`Leader`,`email`,t.email]),Object.fromEntries(n.map(([e,t,n,r])=>[e,Cn(t,n,r)]).filter(([,e])=>e))}),s=o.submit(async n=>{let s=a(n);r(!0);try{await xt({invitation:e,name:s.name,email:i?s.email:``,...i?{organization:s.organization}:{},passkeyName:s.passkeyName}),history.replaceState(null,``,`/`),t()}catch(e){o.refuse(e instanceof ht?{[e.field]:e.message}:{"":wn(e)})}finally{r(!1)}});return k`<h1>${i?`Set up Walker`:`Welcome to Walker`}</h1>
    <p class="muted">${i?`You are the first admin. Name your organization and say who you are.`:`You were invited.`} Walker has no passwords: create a passkey on this device to sign in.</p>
    <form onSubmit=${s} onInput=${o.onInput} ref=${o.ref} aria-label="Create a passkey" novalidate>
      ${i&&k`<label>Organization <input autocomplete="organization" required ...${o.field(`organization`)} />${o.error(`organization`)}</label>`}
      <label>Your name <input autocomplete="name" required ...${o.field(`name`)} />${o.error(`name`)}</label>
      ${i&&k`<label>Your email <input type="email" autocomplete="email" required ...${o.field(`email`)} />${o.error(`email`)}</label>`}
      <label>Name this passkey <input defaultValue="This phone" required ...${o.field(`passkeyName`)} />${o.error(`passkeyName`)}</label>
      ${o.others()}
      <button type="submit" disabled=${n}>Create a passkey</button>
    </form>`}function En({done:e}){let[t,n]=D(``),[r,i]=D(!1),[a]=D(()=>new AbortController);O(()=>(PublicKeyCredential.isConditionalMediationAvailable?.().then(t=>{t&&St(a.signal,!0).then(e,()=>{})}),()=>a.abort()),[]);async function o(){a.abort(),i(!0),n(``);try{await St(),e()}catch(e){n(wn(e))}finally{i(!1)}}return k`<h1>Walker</h1>
    <p class="muted">Show whether you walk the talk: log the customers you meet, in seconds.</p>
    <div class="card">
      <label>Email <input name="username" autocomplete="username webauthn" placeholder="Use your passkey" /></label>
      ${t&&k`<p class="error" role="alert">${t}</p>`}
      <button type="button" onClick=${o} disabled=${r}>Sign in with a passkey</button>
    </div>`}var Dn=0,On=new Set;function kn(){function e(e,t){var n=it(e).definitions,r=new Set;for(var i of t||[])for(var a of i.definitions)a.kind===Ve.FRAGMENT_DEFINITION&&!r.has(a)&&(n.push(a),r.add(a));var o;(o=n[0].kind===Ve.FRAGMENT_DEFINITION)&&n[0].directives&&(n[0].directives=n[0].directives.filter((e=>e.name.value!==`_unmask`)));var s;return{kind:Ve.DOCUMENT,definitions:n,get loc(){if(!s&&o){var n=e+function(e){try{Dn++;var t=``;for(var n of e)if(!On.has(n)){On.add(n);var{loc:r}=n;r&&(t+=r.source.body)}return t}finally{--Dn==0&&On.clear()}}(t||[]);return{start:0,end:n.length,source:{body:n,name:`GraphQLTada`,locationOffset:{line:1,column:1}}}}return s},set loc(e){s=e}}}return e.scalar=function(e,t){return t},e.persisted=function(e,t){return{kind:Ve.DOCUMENT,definitions:t?t.definitions:[],documentId:e}},e}kn();var z=kn(),An=/^\d{4}-\d\d-\d\dT\d\d:\d\d/,jn=e=>e==null||e===``;function Mn(e,t){return jn(e)||jn(t)?jn(e)&&jn(t):typeof e==`string`&&typeof t==`string`&&An.test(e)&&An.test(t)?Date.parse(e)===Date.parse(t):Array.isArray(e)&&Array.isArray(t)?e.length===t.length&&e.every((e,n)=>Mn(e,t[n])):e===t||typeof e==`number`&&typeof t==`number`&&Math.abs(e-t)<1e-9}function Nn(e,t,n){return Object.keys(e).map(r=>({name:r,mine:e[r],theirs:n[r]??null,was:t[r]??null,agreed:Mn(e[r],n[r])}))}function Pn(e,t,n,r){return r.filter(r=>!(r in e)&&r in t&&!Mn(t[r],n[r]))}var Fn=e=>Object.fromEntries(e.map(e=>[e.name,`mine`]));function In(e,t){let n={};for(let r of e)(t[r.name]??`mine`)===`mine`&&!Mn(r.mine,r.theirs)&&(n[r.name]=r.mine);return n}function Ln(e){let t={};for(let[n,r]of Object.entries(e))r===null?t[`clear`+n[0].toUpperCase()+n.slice(1)]=!0:t[n]=r;return t}function Rn(e,t){return Object.fromEntries(Object.entries(t).filter(([t,n])=>!Mn(e[t],n)))}var zn=z(`
  fragment CustomerRow on Customer { id version clientID name company segment erased }
`),Bn=z(`
  fragment PersonRow on Leader { id version name email jobTitle: title team role champion deactivatedAt }
`),Vn=z(`
  fragment ConversationFields on Conversation {
    id version clientID mode occurredAt durationMinutes heard painPoints sentiment
    leader { id } plan { id }
  }
`),Hn=z(`
  fragment ConversationRow on Conversation {
    ...ConversationFields
    customers(first: 10) { totalCount edges { node { id } } }
  }
`,[Vn]),Un=z(`
  fragment ConversationWhole on Conversation {
    ...ConversationFields
    customers(first: 100) { totalCount edges { node { id } } }
  }
`,[Vn]),Wn=z(`
  fragment FollowUpRow on FollowUp { id version clientID action ownerID conversationID reviewID dueOn doneAt quickWin newInitiative }
`),Gn=z(`
  fragment DecisionRow on Decision {
    id version clientID createdAt title context customerBenefit clvImpact status decidedAt
    owner { id }
    evidence(first: 0) { totalCount }
  }
`),Kn=z(`
  fragment NominationRow on Nomination { id version clientID createdAt story nominationStatus: status nomineeID customerID conversationID nominator { id } }
`),qn=z(`
  fragment EndorsementRow on Endorsement { id version clientID createdAt nominationID comment endorser { id } }
`),Jn=z(`
  fragment ReviewRow on FeedbackReview {
    id version clientID title heldAt notes
    host { id }
    attendees(first: 0) { totalCount }
    conversations(first: 0) { totalCount }
  }
`),Yn=z(`
  fragment CommitmentRow on Commitment { id version behaviour target period leader { id } mandate { id team } }
`),Xn=z(`
  fragment PlanRow on Plan { id version clientID kind plannedAt note customerID leader { id } conversations(first: 0) { totalCount } }
`),Zn=[`customers`,`people`,`conversations`,`followUps`,`decisions`,`nominations`,`endorsements`,`reviews`,`commitments`,`plans`],Qn={customers:`CUSTOMER`,people:`LEADER`,conversations:`CONVERSATION`,followUps:`FOLLOW_UP`,decisions:`DECISION`,nominations:`NOMINATION`,endorsements:`ENDORSEMENT`,reviews:`FEEDBACK_REVIEW`,commitments:`COMMITMENT`,plans:`PLAN`},$n=Object.fromEntries(Object.entries(Qn).map(([e,t])=>[t,e])),er=e=>String(e?.id??``),tr=e=>(e?.edges??[]).flatMap(e=>e?.node?[e.node.id]:[]),nr=e=>Number(e?.totalCount??0);function rr(e,t){let{__typename:n,...r}=t;switch(e){case`conversations`:{let{leader:e,customers:t,plan:n,...i}=r,a=tr(t),o={...i,leaderID:er(e),customerIDs:a,planID:er(n)||null};return nr(t)>a.length&&(o.partial=!0),o}case`decisions`:{let{owner:e,evidence:t,...n}=r;return{...n,ownerID:er(e),evidenceCount:nr(t)}}case`nominations`:{let{nominator:e,nominationStatus:t,...n}=r;return{...n,status:t,nominatorID:er(e)}}case`people`:{let{jobTitle:e,...t}=r;return{...t,title:e??null}}case`endorsements`:{let{endorser:e,...t}=r;return{...t,endorserID:er(e)}}case`reviews`:{let{host:e,attendees:t,conversations:n,...i}=r;return{...i,hostID:er(e),attendeeCount:nr(t),conversationCount:nr(n)}}case`commitments`:{let{leader:e,mandate:t,...n}=r,i=t;return{...n,leaderID:er(e),mandateID:i?.id??null,mandateTeam:i?.team??null}}case`plans`:{let{leader:e,conversations:t,...n}=r;return{...n,leaderID:er(e),loggedCount:nr(t)}}default:return r}}var ir=`local:`,B=e=>ir+e,ar=e=>typeof e==`string`&&e.startsWith(ir);function or(e,t=[]){return ar(e)?t.push(e.slice(6)):Array.isArray(e)?e.forEach(e=>or(e,t)):e&&typeof e==`object`&&Object.values(e).forEach(e=>or(e,t)),t}function sr(e,t){return ar(e)?t.get(e.slice(6)):Array.isArray(e)?e.map(e=>sr(e,t)):e&&typeof e==`object`?Object.fromEntries(Object.entries(e).map(([e,n])=>[e,sr(n,t)])):e}var cr=class e{db;replaying=null;again=!1;listeners=new Set;constructor(e){this.db=e}static async open(t=`walker`){let n=await qt(t,2,{upgrade(e,t){t<1&&e.createObjectStore(`outbox`,{keyPath:`id`}).createIndex(`seq`,`seq`),t<2&&e.createObjectStore(`ids`,{keyPath:`clientID`})}});return new e(n)}subscribe(e){return this.listeners.add(e),()=>this.listeners.delete(e)}changed(){this.listeners.forEach(e=>e())}async serverID(e){return(await this.db.get(`ids`,e))?.id}async add(e){let t=this.db.transaction(`outbox`,`readwrite`),n=await t.store.get(e.id);if(n)return await t.done,n;let r=await t.store.index(`seq`).openCursor(null,`prev`),i={...e,seq:(r?.value.seq??0)+1,status:`waiting`,attempts:0,createdAt:Date.now()};return await t.store.add(i),await t.done,this.changed(),i}async list(){return this.db.getAllFromIndex(`outbox`,`seq`)}async discard(e){await this.db.delete(`outbox`,e),this.changed()}async retry(e,t,n={}){let r=await this.db.get(`outbox`,e);r&&(await this.db.put(`outbox`,{...r,...n,status:`waiting`,error:void 0,field:void 0,current:void 0,variables:t??r.variables}),this.changed())}async cancel(e){let t=this.db.transaction(`outbox`,`readwrite`),n=await t.store.get(e),r=!!n&&n.status!==`sending`;return r&&await t.store.delete(e),await t.done,r&&this.changed(),r}async rebase(e,t,n,r){let i=this.db.transaction(`outbox`,`readwrite`);for(let a of await i.store.getAll())a.status!==`sending`&&a.effect?.store===e&&a.effect.op===`patch`&&a.effect.id===t&&a.variables.expectedVersion===n&&await i.store.put({...a,variables:{...a.variables,expectedVersion:r}});await i.done}async claim(e){let t=this.db.transaction(`outbox`,`readwrite`),n=await t.store.get(e);if(!n||n.status===`attention`)return await t.done,null;let r={...n,status:`sending`,attempts:n.attempts+1};return await t.store.put(r),await t.done,r}replay(e){return this.replaying?(this.again=!0,this.replaying):(this.replaying=(async()=>{let t=0;do this.again=!1,t+=await this.run(e);while(this.again);return t})().finally(()=>this.replaying=null),this.replaying)}async run(e){let t=0;try{for(let n of await this.list()){if(n.status===`attention`)continue;let r=await this.claim(n.id);if(!r)continue;let i=await this.resolve(r);if(!i){let e=await this.db.get(`outbox`,r.id);e?.status===`sending`&&await this.db.put(`outbox`,{...e,status:`waiting`,attempts:r.attempts-1});continue}this.changed();let a;try{a=await e({...r,variables:i})}catch{a={kind:`retry`}}if(a.kind===`stored`){let e=this.db.transaction([`outbox`,`ids`],`readwrite`);a.id&&await e.objectStore(`ids`).put({clientID:r.id,id:a.id}),await e.objectStore(`outbox`).delete(r.id),await e.done,t++;continue}let o=await this.db.get(`outbox`,r.id);if(o){if(a.kind===`refused`)await this.db.put(`outbox`,{...o,status:`attention`,error:a.message,field:a.field,current:a.current});else{await this.db.put(`outbox`,{...o,status:`waiting`});break}}}}finally{this.changed()}return t}async resolve(e){let t=or(e.variables);if(t.length===0)return e.variables;let n=new Map;for(let r of t){let t=await this.serverID(r);if(t)n.set(r,t);else return await this.db.get(`outbox`,r)||await this.db.put(`outbox`,{...e,status:`attention`,error:`It refers to something that was discarded: change it or discard it.`}),null}return sr(e.variables,n)}async recover(){for(let e of await this.list())e.status===`sending`&&await this.db.put(`outbox`,{...e,status:`waiting`});this.changed()}};function lr(e){let t=new Date(e),n=t.getUTCFullYear(),r=t.getUTCMonth();return{mine:new Date(Date.UTC(n,r-11,1)).toISOString(),everyone:new Date(Date.UTC(n,r-1,1)).toISOString()}}var ur=(e,t)=>!!e&&Date.parse(e)>=Date.parse(t);function dr(e,t,n,r){let i=lr(n.now);switch(e){case`conversations`:{let e=t;return e.leaderID===n.me&&ur(e.occurredAt,i.mine)||n.admin&&ur(e.occurredAt,i.everyone)}case`followUps`:{let e=t;return e.ownerID===n.me||!!e.conversationID&&!!r.get(`conversations`,e.conversationID)}case`commitments`:return t.leaderID===n.me;case`plans`:return t.leaderID===n.me;default:return!0}}function fr(e,t,n){let r=$n[e.entity];if(!r)return{kind:`skip`};let i=n.get(r,e.id),a=Math.max(i?.version??0,n.gone(r,e.id)??0);if(e.version<=a)return{kind:`skip`};if(e.operation===`DELETED`||!e.node)return{kind:`delete`,store:r,id:e.id,version:e.version};let o=rr(r,e.node);return o.version<=a?{kind:`skip`}:dr(r,o,t,n)?{kind:`put`,store:r,record:o}:i?{kind:`delete`,store:r,id:e.id,version:0}:{kind:`skip`}}function pr(e,t,n){let r=new Map,i=new Map,a=(e,t)=>e+`
`+t,o={get:(e,t)=>{let i=a(e,t);return r.has(i)?r.get(i)??void 0:n.get(e,t)},gone:(e,t)=>i.get(a(e,t))??n.gone(e,t)},s=new Map;for(let n of e){let e=fr(n,t,o);if(e.kind===`skip`)continue;let c=a(e.store,e.kind===`put`?e.record.id:e.id);e.kind===`put`?r.set(c,e.record):(r.set(c,null),e.version&&i.set(c,e.version)),s.delete(c),s.set(c,e)}return[...s.values()]}function mr(e,t,n){let r=[],i=new Set;for(let a of t.conversations??[])dr(`conversations`,a,e,n)||(r.push([`conversations`,a.id]),i.add(a.id));let a={get:(e,t)=>e===`conversations`&&i.has(t)?void 0:n.get(e,t)};for(let n of t.followUps??[])dr(`followUps`,n,e,a)||r.push([`followUps`,n.id]);return r}var hr=(e,t)=>({doc:e,variables:t}),gr=e=>{let t=e.definitions.find(e=>e.kind===Ve.OPERATION_DEFINITION);if(!t||t.operation!==`query`)throw Error(`batch: only queries can be batched`);return t};function _r(e){let t=[],n=[],r=new Map,i={};e.forEach((e,a)=>{let o=`q${a}_`,s=ot(gr(e.doc),{Variable:e=>({...e,name:{...e.name,value:o+e.name.value}})});n.push(...s.variableDefinitions??[]);for(let e of s.selectionSet.selections){if(e.kind!==Ve.FIELD)throw Error(`batch: a query's root selections must be fields`);let n=o+(e.alias?.value??e.name.value);t.push({...e,alias:{kind:Ve.NAME,value:n}})}for(let t of e.doc.definitions)t.kind===Ve.FRAGMENT_DEFINITION&&r.set(t.name.value,t);for(let[t,n]of Object.entries(e.variables??{}))i[o+t]=n});let a={kind:Ve.OPERATION_DEFINITION,operation:`query`,name:{kind:Ve.NAME,value:`Batch`},variableDefinitions:n,directives:[],selectionSet:{kind:Ve.SELECTION_SET,selections:t}};return{query:ft({kind:Ve.DOCUMENT,definitions:[a,...r.values()]}),variables:i,fields:t.length}}function vr(e,t){return e.map((e,n)=>{let r=`q${n}_`;return Object.fromEntries(Object.entries(t).filter(([e])=>e.startsWith(r)).map(([e,t])=>[e.slice(r.length),t]))})}var yr=z(`
  query CustomersPage($after: Cursor, $where: CustomerWhereInput) { customers(first: 100, after: $after, where: $where) { edges { cursor node { ...CustomerRow } } } }
`,[zn]),br=z(`
  query CustomersBounds($where: CustomerWhereInput) {
    low: customers(first: 1, where: $where) { totalCount edges { node { id } } }
    high: customers(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),xr=z(`
  query PeoplePage($after: Cursor, $where: LeaderWhereInput) { leaders(first: 100, after: $after, where: $where) { edges { cursor node { ...PersonRow } } } }
`,[Bn]),Sr=z(`
  query PeopleBounds($where: LeaderWhereInput) {
    low: leaders(first: 1, where: $where) { totalCount edges { node { id } } }
    high: leaders(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),Cr=z(`
  query ConversationsPage($after: Cursor, $where: ConversationWhereInput) { conversations(first: 100, after: $after, where: $where) { edges { cursor node { ...ConversationRow } } } }
`,[Hn]),wr=z(`
  query ConversationsBounds($where: ConversationWhereInput) {
    low: conversations(first: 1, where: $where) { totalCount edges { node { id } } }
    high: conversations(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),Tr=z(`
  query FollowUpsPage($after: Cursor, $where: FollowUpWhereInput) { followUps(first: 100, after: $after, where: $where) { edges { cursor node { ...FollowUpRow } } } }
`,[Wn]),Er=z(`
  query FollowUpsBounds($where: FollowUpWhereInput) {
    low: followUps(first: 1, where: $where) { totalCount edges { node { id } } }
    high: followUps(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),Dr=z(`
  query DecisionsPage($after: Cursor, $where: DecisionWhereInput) { decisions(first: 100, after: $after, where: $where) { edges { cursor node { ...DecisionRow } } } }
`,[Gn]),Or=z(`
  query DecisionsBounds($where: DecisionWhereInput) {
    low: decisions(first: 1, where: $where) { totalCount edges { node { id } } }
    high: decisions(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),kr=z(`
  query NominationsPage($after: Cursor, $where: NominationWhereInput) { nominations(first: 100, after: $after, where: $where) { edges { cursor node { ...NominationRow } } } }
`,[Kn]),Ar=z(`
  query NominationsBounds($where: NominationWhereInput) {
    low: nominations(first: 1, where: $where) { totalCount edges { node { id } } }
    high: nominations(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),jr=z(`
  query EndorsementsPage($after: Cursor, $where: EndorsementWhereInput) { endorsements(first: 100, after: $after, where: $where) { edges { cursor node { ...EndorsementRow } } } }
`,[qn]),Mr=z(`
  query EndorsementsBounds($where: EndorsementWhereInput) {
    low: endorsements(first: 1, where: $where) { totalCount edges { node { id } } }
    high: endorsements(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),Nr=z(`
  query ReviewsPage($after: Cursor, $where: FeedbackReviewWhereInput) { feedbackReviews(first: 100, after: $after, where: $where) { edges { cursor node { ...ReviewRow } } } }
`,[Jn]),Pr=z(`
  query ReviewsBounds($where: FeedbackReviewWhereInput) {
    low: feedbackReviews(first: 1, where: $where) { totalCount edges { node { id } } }
    high: feedbackReviews(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),Fr=z(`
  query CommitmentsPage($after: Cursor, $where: CommitmentWhereInput) { commitments(first: 100, after: $after, where: $where) { edges { cursor node { ...CommitmentRow } } } }
`,[Yn]),Ir=z(`
  query CommitmentsBounds($where: CommitmentWhereInput) {
    low: commitments(first: 1, where: $where) { totalCount edges { node { id } } }
    high: commitments(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),Lr=z(`
  query PlansPage($after: Cursor, $where: PlanWhereInput) { plans(first: 100, after: $after, where: $where) { edges { cursor node { ...PlanRow } } } }
`,[Xn]),Rr=z(`
  query PlansBounds($where: PlanWhereInput) {
    low: plans(first: 1, where: $where) { totalCount edges { node { id } } }
    high: plans(last: 1, where: $where) { totalCount edges { node { id } } }
  }
`),zr=e=>{let t=lr(e.now),n={hasLeaderWith:[{id:e.me}],occurredAtGTE:t.mine};return e.admin?{or:[n,{occurredAtGTE:t.everyone}]}:n},Br=()=>null,Vr=e=>e,Hr=[Vr({store:`people`,page:xr,bounds:Sr,where:Br,cost:202}),Vr({store:`plans`,page:Lr,bounds:Rr,where:e=>({hasLeaderWith:[{id:e.me}],plannedAtGTE:lr(e.now).mine}),cost:302}),Vr({store:`commitments`,page:Fr,bounds:Ir,where:e=>({hasLeaderWith:[{id:e.me}]}),cost:302}),Vr({store:`conversations`,page:Cr,bounds:wr,where:zr,cost:2502}),Vr({store:`followUps`,page:Tr,bounds:Er,cost:202,where:e=>({or:[{hasOwnerWith:[{id:e.me}]},{hasConversationWith:[zr(e)]}]})}),Vr({store:`decisions`,page:Dr,bounds:Or,where:Br,cost:502}),Vr({store:`nominations`,page:kr,bounds:Ar,where:Br,cost:302}),Vr({store:`endorsements`,page:jr,bounds:Mr,where:Br,cost:302}),Vr({store:`reviews`,page:Nr,bounds:Pr,where:Br,cost:702}),Vr({store:`customers`,page:yr,bounds:br,where:Br,cost:202})];function Ur(e,t,n,r=2e3,i=24){let a=Number(e),o=Number(t),s=Math.max(1,Math.min(i,Math.ceil(n/r),o-a+1||1));if(!Number.isSafeInteger(a)||!Number.isSafeInteger(o)||s===1)return[{idGTE:null,idLT:null}];let c=(o-a+1)/s,l=Array.from({length:s-1},(e,t)=>String(Math.floor(a+c*(t+1))));return[...l.map((e,t)=>({idGTE:t===0?null:l[t-1],idLT:e})),{idGTE:l[s-2],idLT:null}]}function Wr(e,t){let n={...e??{}};return t.idGTE!==null&&(n.idGTE=t.idGTE),t.idLT!==null&&(n.idLT=t.idLT),Object.keys(n).length?n:null}var Gr=z(`query ChangesCursor { changesCursor }`),Kr=z(`
  query Changes($after: String, $entities: [ChangeEntity!]) {
    changes(after: $after, first: 100, entities: $entities) {
      edges { node { entity operation id version node {
        __typename ...CustomerRow ...PersonRow ...ConversationRow ...FollowUpRow ...DecisionRow ...NominationRow ...EndorsementRow ...ReviewRow ...CommitmentRow ...PlanRow
      } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`,[zn,Bn,Hn,Wn,Gn,Kn,qn,Jn,Yn,Xn]),qr=z(`
  query WholeConversation($id: ID!) { node(id: $id) { __typename ...ConversationWhole } }
`,[Un]),Jr={cost:9e3,fields:28},Yr=Zn.map(e=>Qn[e]),Xr=e=>`${e.me}:${e.admin?`admin`:`member`}:${Zr}`,Zr=2;function Qr(e,t=Jr){let n=[],r=[],i=0,a=0;for(let o of e)r.length&&(i+o.cost>t.cost||a+o.fields>t.fields)&&(n.push(r),r=[],i=a=0),r.push(o),i+=o.cost,a+=o.fields;return r.length&&n.push(r),n}async function $r(e,t){let n=_r(t);try{return vr(t,await e(n.query,n.variables))}catch(n){if(!(n instanceof Tt&&n.code===`COST_LIMIT`)||t.length===1)throw n;let r=Math.ceil(t.length/2);return[...await $r(e,t.slice(0,r)),...await $r(e,t.slice(r))]}}var ei=e=>new Promise(t=>setTimeout(t,e)),ti=20,ni=6e4,ri=.1,ii=class{replica;send;sleep;running=null;again=!1;progress=null;listeners=new Set;budget=null;waited={ms:0,refused:0};constructor(e,t,n=ei){this.replica=e,this.send=t,this.sleep=n}spent(e){let t=e.throttleStatus;t&&(this.budget={available:t.currentlyAvailable,max:t.maximumAvailable,rate:t.restoreRate,at:performance.now()})}async wait(e){this.waited.ms+=e,await this.sleep(e)}async room(e){let t=this.budget;if(!t||t.rate<=0)return;let n=Math.min(t.max,e+t.max*ri),r=Math.min(t.max,t.available+t.rate*(performance.now()-t.at)/1e3);r<n&&await this.wait(Math.min(ni,Math.ceil((n-r)/t.rate*1e3)))}post=async(e,t)=>{for(let n=1;;n++)try{return await this.send(e,t)}catch(e){if(!(e instanceof Tt&&e.code===`RATE_LIMITED`)||n>=ti)throw e;this.waited.refused++,await this.wait(Math.min(ni,e.retryAfter||1e3))}};onProgress(e){return this.listeners.add(e),()=>this.listeners.delete(e)}report(e){this.progress=e,this.listeners.forEach(e=>e())}pull(e){return this.running?(this.again=!0,this.running):(this.running=(async()=>{let t=performance.now(),n=0;do{this.again=!1;try{n+=await this.once(e())}catch(e){if(!this.again)throw e}}while(this.again);let r=n?{pulled:{changes:n,ms:Math.round(performance.now()-t)}}:{};this.replica.meta&&await this.replica.write([],{syncedAt:Date.now(),...r})})().finally(()=>this.running=null),this.running)}async once(e){await this.replica.load();let t=this.replica.meta;if(!t||t.state!==`ready`||t.scope!==Xr(e))return this.fill(e);try{return await this.follow(e)}catch(t){if(!(t instanceof Tt&&t.code===`RESYNC_REQUIRED`))throw t;return this.fill(e)}}async fill(e){let t=performance.now();this.waited={ms:0,refused:0};let n=String((await this.post(ft(Gr),{})).changesCursor),r={state:`filling`,scope:Xr(e),cursor:n,filledAt:0,fillMs:0,syncedAt:0,pulled:{changes:0,ms:0},budget:{waitedMs:0,refused:0}};await this.replica.clear(r);let i={start:performance.now()-t,bounds:0,pages:0,writes:0,complete:0,rounds:0},a=performance.now(),o=()=>{let e=performance.now(),t=e-a;return a=e,t},s=await $r(this.post,Hr.map(t=>hr(t.bounds,{where:t.where(e)}))),c=[],l=0;Hr.forEach((t,n)=>{let r=s[n],i=r.low.totalCount;if(i&&r.low.edges[0]&&r.high.edges[0]){l+=i;for(let n of Ur(r.low.edges[0].node.id,r.high.edges[0].node.id,i))c.push({list:t,where:Wr(t.where(e),n),after:null})}}),i.bounds=o();let u=0;this.report({read:u,total:l});let d=c,f=Promise.resolve();for(;d.length;){let e=Qr(d.map(e=>({c:e,cost:e.list.cost,fields:1})))[0].map(e=>e.c);o(),await this.room(e.reduce((e,t)=>e+t.list.cost,0));let t=await $r(this.post,e.map(e=>hr(e.list.page,{after:e.after,where:e.where})));i.pages+=o(),i.rounds++;let n=[];e.forEach((e,r)=>{let i=Object.values(t[r])[0].edges??[];for(let t of i)t?.node&&n.push({kind:`put`,store:e.list.store,record:rr(e.list.store,t.node)});e.after=i.length===100?i[99]?.cursor??null:null}),await f,i.writes+=o(),f=this.replica.write(n),u+=n.length,this.report({read:u,total:Math.max(l,u)});let r=new Set(e.filter(e=>e.after===null));d=d.filter(e=>!r.has(e))}o(),await f,i.writes+=o(),await this.complete(),i.complete=o();let p=Date.now(),m=e=>Math.round(e);return await this.replica.write([],{state:`ready`,filledAt:p,fillMs:Math.round(performance.now()-t),syncedAt:p,budget:{waitedMs:this.waited.ms,refused:this.waited.refused},phases:{start:m(i.start),bounds:m(i.bounds),pages:m(i.pages),writes:m(i.writes),complete:m(i.complete),rounds:i.rounds}}),this.report(null),this.follow(e)}async follow(e){let t=0;for(;;){let n=this.replica.meta.cursor,r=await this.post(ft(Kr),{after:n,entities:Yr}),i=r.changes.edges.map(e=>e.node);t+=i.length;let a=pr(i,e,this.replica);if(await this.replica.write(a,{cursor:r.changes.pageInfo.endCursor}),a.length&&await this.complete(),!r.changes.pageInfo.hasNextPage)break}return await this.prune(e),t}async complete(){let e=[...this.replica.all(`conversations`).values()].filter(e=>e.partial);for(let t=0;t<e.length;t+=5){let n=(await $r(this.post,e.slice(t,t+5).map(e=>hr(qr,{id:e.id})))).flatMap(e=>{let t=e.node;if(!t)return[];let{partial:n,...r}=rr(`conversations`,t);return[{kind:`put`,store:`conversations`,record:r}]});await this.replica.write(n)}}async prune(e){let t=this.replica,n=mr(e,{conversations:t.all(`conversations`).values(),followUps:t.all(`followUps`).values()},t).map(([e,t])=>({kind:`delete`,store:e,id:t,version:0}));n.length&&await t.write(n)}},ai=`walker-replica`,oi=(e,t)=>e+`:`+t,si=class{name;db=null;mem=new Map;byClient=new Map;tombs=new Map;listeners=new Set;loading=null;revs=new Map;meta=null;rev=0;constructor(e=ai){this.name=e;for(let e of Zn)this.mem.set(e,new Map)}open(){return this.db??=qt(this.name,3,{upgrade(e){let t=t=>e.objectStoreNames.contains(t);for(let n of Zn)t(n)||e.createObjectStore(n,{keyPath:`id`});t(`tombstones`)||e.createObjectStore(`tombstones`,{keyPath:`key`}),t(`meta`)||e.createObjectStore(`meta`)},blocking:()=>this.evicted(),terminated:()=>this.evicted()}).then(e=>(e.addEventListener(`close`,()=>this.evicted()),e)),this.db}evicted(){let e=this.db;this.db=null,this.loading=null,e?.then(e=>e.close(),()=>{}),this.reset(),this.meta=null,this.changed()}reset(){for(let e of Zn)this.mem.set(e,new Map),this.touch(e);this.byClient.clear(),this.tombs.clear()}load(){return this.loading??=(async()=>{let e=(await this.open()).transaction([...Zn,`tombstones`,`meta`]),[t,n,...r]=await Promise.all([e.objectStore(`meta`).get(`meta`),e.objectStore(`tombstones`).getAll(),...Zn.map(t=>e.objectStore(t).getAll())]);this.reset(),Zn.forEach((e,t)=>r[t].forEach(t=>this.keep(e,t))),n.forEach(e=>this.tombs.set(e.key,e.version)),this.meta=t??null,this.changed()})(),this.loading}storeRev(e){return this.revs.get(e)??0}touch(e){this.revs.set(e,this.storeRev(e)+1)}keep(e,t){if(this.mem.get(e).set(t.id,t),t.clientID){let n=this.byClient.get(e);n||this.byClient.set(e,n=new Map),n.set(t.clientID,t.id)}}drop(e,t){let n=this.mem.get(e).get(t);this.mem.get(e).delete(t),n?.clientID&&this.byClient.get(e)?.delete(n.clientID)}subscribe(e){return this.listeners.add(e),()=>this.listeners.delete(e)}changed(){this.rev++,this.listeners.forEach(e=>e())}get(e,t){return this.mem.get(e).get(t)}gone(e,t){return this.tombs.get(oi(e,t))}all(e){return this.mem.get(e)}idOfClient(e,t){return this.byClient.get(e)?.get(t)}async write(e,t){let n=[],r=new Set;for(let t of e){if(t.kind===`put`){let e=this.get(t.store,t.record.id);if(e&&e.version>t.record.version||(this.gone(t.store,t.record.id)??0)>=t.record.version)continue;this.keep(t.store,t.record),this.tombs.delete(oi(t.store,t.record.id))&&r.add(t)}else if(t.kind===`delete`)this.drop(t.store,t.id),t.version&&this.tombs.set(oi(t.store,t.id),Math.max(t.version,this.gone(t.store,t.id)??0));else continue;this.touch(t.store),n.push(t)}let i=t?{...this.meta,...t}:null;i&&(this.meta=i),(n.length||i)&&this.changed();let a=(await this.open()).transaction([...Zn,`tombstones`,`meta`],`readwrite`),o=new Map,s=e=>{let t=o.get(e);return t||o.set(e,t=Kt(a.objectStore(e))),t};for(let e of n)if(e.kind===`put`)s(e.store).put(e.record),r.has(e)&&s(`tombstones`).delete(oi(e.store,e.record.id));else if(e.kind===`delete`){s(e.store).delete(e.id);let t=this.gone(e.store,e.id);t&&s(`tombstones`).put({key:oi(e.store,e.id),version:t})}i&&s(`meta`).put(i,`meta`),await a.done}async clear(e){let t=(await this.open()).transaction([...Zn,`tombstones`,`meta`],`readwrite`);await Promise.all([...Zn.map(e=>t.objectStore(e).clear()),t.objectStore(`tombstones`).clear(),e?t.objectStore(`meta`).put(e,`meta`):t.objectStore(`meta`).clear(),t.done]),this.reset(),this.meta=e,this.changed()}counts(){return Object.fromEntries(Zn.map(e=>[e,this.mem.get(e).size]))}},ci=cr.open(),V=new si,li=new ii(V,At);Dt(e=>li.spent(e));var H=()=>crypto.randomUUID(),ui=new Set([`UNAUTHENTICATED`,`RATE_LIMITED`,`INTERNAL`]);async function di(e,t,n){if(e.op===`delete`){let t=V.get(e.store,e.id);await V.write([{kind:`delete`,store:e.store,id:e.id,version:(t?.version??0)+1}]);return}if(!t||typeof t!=`object`)return;let r=rr(e.store,t);r.id&&typeof r.version==`number`&&(await V.write([{kind:`put`,store:e.store,record:r}]),e.op===`patch`&&typeof n==`number`&&await(await ci).rebase(e.store,e.id,n,r.version))}async function fi(e){try{let t=await At(e.query,e.variables),n=Object.values(t)[0];return e.effect&&await di(e.effect,n,e.variables.expectedVersion).catch(()=>{}),{kind:`stored`,id:typeof n==`object`?n?.id:void 0}}catch(e){return e instanceof wt?{kind:`retry`}:e instanceof Tt&&!ui.has(e.code)&&e.status<500?{kind:`refused`,message:e.message,field:e.field||void 0,current:e.current}:{kind:`retry`}}}var pi=new Set;function mi(e){return pi.add(e),()=>pi.delete(e)}async function hi(){let e=await(await ci).replay(fi);return e>0&&(pi.forEach(e=>e()),Si()),e}var gi=null,_i={offline:!1,error:``},vi=new Set,yi=()=>_i;function bi(e){return vi.add(e),()=>vi.delete(e)}function xi(e){(e.offline!==_i.offline||e.error!==_i.error)&&(_i=e,vi.forEach(e=>e()))}async function Si(){if(gi)try{await li.pull(gi),xi({offline:!1,error:``})}catch(e){e instanceof wt?xi({offline:!0,error:``}):xi({offline:!1,error:e instanceof Error?e.message:String(e)})}}async function Ci(){let e=await hi();return await Si(),e}async function wi(e,t,n,r,i,a){let o=await(await ci).add({id:e,label:t,query:ft(n),variables:r,draft:i,effect:a});return hi(),o}async function Ti(e,t,n,r,i,a,o){e?(await(await ci).retry(e.id,i,{label:n,draft:a,...o?{effect:o}:{}}),hi()):await wi(t,n,r,i,a,o)}async function Ei(){try{return await navigator.storage?.persisted?.()||(await navigator.storage?.persist?.()??!1)}catch{return!1}}var Di=!1;async function Oi(e){if(gi=e,Di)return;Di=!0,await(await ci).recover();let t=()=>void Ci();addEventListener(`online`,t),addEventListener(`focus`,t),document.addEventListener(`visibilitychange`,()=>document.visibilityState===`visible`&&t()),V.subscribe(()=>V.meta===null&&navigator.onLine&&t()),setInterval(t,3e4),await Ci(),Ei()}async function ki(){gi=null,await V.clear(null)}var Ai=z(`
  mutation UpdateDecision($id: ID!, $input: UpdateDecisionInput!, $expectedVersion: Int) {
    updateDecision(id: $id, input: $input, expectedVersion: $expectedVersion) { ...DecisionRow }
  }
`,[Gn]),ji=z(`
  mutation UpdateCommitment($id: ID!, $input: UpdateCommitmentInput!, $expectedVersion: Int) {
    updateCommitment(id: $id, input: $input, expectedVersion: $expectedVersion) { ...CommitmentRow }
  }
`,[Yn]),Mi=z(`
  mutation UpdateConversation($id: ID!, $input: UpdateConversationInput!, $expectedVersion: Int) {
    updateConversation(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ConversationRow }
  }
`,[Hn]),Ni={decisions:Ai,commitments:ji,conversations:Mi},Pi={conversations:z(`mutation DeleteConversation($id: ID!) { deleteConversation(id: $id) }`),followUps:z(`mutation DeleteFollowUp($id: ID!) { deleteFollowUp(id: $id) }`),decisions:z(`mutation DeleteDecision($id: ID!) { deleteDecision(id: $id) }`),nominations:z(`mutation DeleteNomination($id: ID!) { deleteNomination(id: $id) }`),endorsements:z(`mutation DeleteEndorsement($id: ID!) { deleteEndorsement(id: $id) }`),reviews:z(`mutation DeleteFeedbackReview($id: ID!) { deleteFeedbackReview(id: $id) }`),commitments:z(`mutation DeleteCommitment($id: ID!) { deleteCommitment(id: $id) }`),plans:z(`mutation DeletePlan($id: ID!) { deletePlan(id: $id) }`)},Fi={conversations:z(`mutation RestoreConversation($id: ID!) { restoreConversation(id: $id) { ...ConversationRow } }`,[Hn]),followUps:z(`mutation RestoreFollowUp($id: ID!) { restoreFollowUp(id: $id) { ...FollowUpRow } }`,[Wn]),decisions:z(`mutation RestoreDecision($id: ID!) { restoreDecision(id: $id) { ...DecisionRow } }`,[Gn]),nominations:z(`mutation RestoreNomination($id: ID!) { restoreNomination(id: $id) { ...NominationRow } }`,[Kn]),endorsements:z(`mutation RestoreEndorsement($id: ID!) { restoreEndorsement(id: $id) { ...EndorsementRow } }`,[qn]),reviews:z(`mutation RestoreFeedbackReview($id: ID!) { restoreFeedbackReview(id: $id) { ...ReviewRow } }`,[Jn]),commitments:z(`mutation RestoreCommitment($id: ID!) { restoreCommitment(id: $id) { ...CommitmentRow } }`,[Yn]),plans:z(`mutation RestorePlan($id: ID!) { restorePlan(id: $id) { ...PlanRow } }`,[Xn])};function Ii(e){let{pending:t,refused:n,...r}=e;return r}async function Li(e,t,n,r,i={}){let a=Ii(t),o=Rn(a,n);if(Object.keys(o).length===0)return!1;let s=H(),c={id:t.id,input:Ln(o),expectedVersion:t.version};return await wi(s,r,Ni[e],c,{...i,patch:o,was:a},{store:e,op:`patch`,id:t.id,fields:o}),!0}async function Ri(e,t,n){let r=Ii(t),i=await wi(H(),`Delete: ${n}`,Pi[e],{id:t.id},{record:r},{store:e,op:`delete`,id:t.id});return async()=>{await(await ci).cancel(i.id)||await wi(H(),`Restore: ${n}`,Fi[e],{id:t.id},{record:r},{store:e,op:`put`,record:r})}}function zi(e,t){let n=t;return{conversations:n.leaderID,followUps:n.ownerID,decisions:n.ownerID,nominations:n.nominatorID,endorsements:n.endorserID,reviews:n.hostID,commitments:n.mandateID?null:n.leaderID,plans:n.leaderID,customers:null,people:null}[e]}var Bi=(e,t,n,r)=>!(e===`commitments`&&t.mandateID)&&(r||zi(e,t)===n),Vi=(e,t,n,r)=>zi(e,t)===n||r&&e===`followUps`,Hi=e=>e.op===`put`?e.record.id:e.id;function Ui(e,t,n,r){let i=t,a=!1,o=()=>(a||(i=new Map(t)),a=!0,i);for(let a of n){let n=a.effect;if(!n||n.store!==e)continue;let s=Hi(n);if(a.status===`attention`){let e=i.get(s);e&&o().set(s,{...e,refused:a})}else switch(n.op){case`put`:if(n.record.clientID&&r(n.record.clientID)||t.has(s))break;o().set(s,{...n.record,pending:a});break;case`patch`:{let e=i.get(s);e&&o().set(s,{...e,...n.fields,pending:a});break}case`delete`:i.has(s)&&o().delete(s)}}return i}var Wi=null,Gi=0,Ki=new Set,qi=()=>Ki.forEach(e=>e());ci.then(e=>{let t=()=>e.list().then(e=>{Wi=e,Gi++,qi()});e.subscribe(t),t()}),V.subscribe(qi),li.onProgress(qi),bi(qi),V.load();var Ji=()=>Wi,Yi=new Map,Xi=e=>V.storeRev(e)+`:`+Gi;function U(e){let t=Xi(e),n=Yi.get(e);if(n?.key===t)return n.map;let r=Ui(e,V.all(e),Wi??[],t=>!!V.idOfClient(e,t));return Yi.set(e,{key:t,map:r}),r}function Zi(e,t){if(!t)return;let n=U(e),r=n.get(t);if(r||!ar(t))return r;let i=V.idOfClient(e,t.slice(t.indexOf(`:`)+1));return i?n.get(i):void 0}var Qi=()=>V.meta?.state===`ready`;function W(){let[,e]=D(0);O(()=>{let t=()=>e(e=>e+1);return Ki.add(t),()=>void Ki.delete(t)},[])}function $i(){let[e,t]=D(location.hash);O(()=>{let e=()=>t(location.hash);return addEventListener(`hashchange`,e),()=>removeEventListener(`hashchange`,e)},[]);let[n,r=``]=e.replace(/^#\/?/,``).split(`?`);return[n.split(`/`).filter(Boolean).map(decodeURIComponent),new URLSearchParams(r)]}var G=e=>{location.hash=e};function ea(e,t){let[n,r]=D({data:null,asOf:null,error:``}),[i,a]=D(0),o=JSON.stringify(t);O(()=>mi(()=>a(e=>e+1)),[]),O(()=>{let n=!0;return un(e,t).then(e=>n&&r({data:e.data,asOf:e.asOf,error:``}),e=>n&&r({data:null,asOf:null,error:e instanceof Error?e.message:String(e)})),()=>{n=!1}},[o,i]);let s=()=>{r(e=>e.error?{data:null,asOf:null,error:``}:e),a(e=>e+1)};return{...n,reload:s}}function ta(){return W(),Ji()??[]}var na=(e,t)=>e.filter(e=>e.query.includes(` ${t}(`));function ra(){let[e,t]=D(navigator.onLine);return O(()=>{let e=()=>t(navigator.onLine);return addEventListener(`online`,e),addEventListener(`offline`,e),()=>{removeEventListener(`online`,e),removeEventListener(`offline`,e)}},[]),e}var ia=new Intl.DateTimeFormat(void 0,{day:`numeric`,month:`short`,year:`numeric`}),aa=new Intl.DateTimeFormat(void 0,{day:`numeric`,month:`short`,hour:`2-digit`,minute:`2-digit`}),K=e=>ia.format(new Date(e)),q=e=>aa.format(new Date(e)),oa={MET:`met`,ON_TRACK:`on track`,BEHIND:`behind`,AT_RISK:`at risk`,MISSED:`missed`},sa=new Intl.DateTimeFormat(`en`,{month:`long`,year:`numeric`,timeZone:`UTC`}),ca=new Intl.DateTimeFormat(`en`,{month:`short`,timeZone:`UTC`}),la=e=>sa.format(new Date(e+`-01T00:00:00Z`)),ua=e=>ca.format(new Date(e+`-01T00:00:00Z`)),J=e=>e.charAt(0)+e.slice(1).toLowerCase().replace(/_/g,` `),da=()=>new Date().toISOString().slice(0,7);function fa({what:e,error:t,retry:n}){return k`<div class="failed" role="alert" tabindex="-1" data-testid="read-failed">
    <p><strong>Could not load ${e}.</strong> ${t}</p>
    <button type="button" class="secondary" onClick=${n}>Retry</button>
  </div>`}function pa(){return k`<div class="skeleton" role="status" aria-live="polite" data-testid="skeleton"><span class="sr-only">Loading…</span>
    <span class="bone" aria-hidden="true"></span><span class="bone short" aria-hidden="true"></span><span class="bone" aria-hidden="true"></span></div>`}function ma({r:e,what:t=`this screen`}){return e.error?k`<${fa} what=${t} error=${e.error} retry=${e.reload} />`:e.data?e.asOf?k`<p class="asof" data-testid="as-of">Offline: as of ${q(e.asOf)}</p>`:null:k`<${pa} />`}var ha={waiting:`Waiting`,sending:`Sending`,attention:`Needs attention`};function ga({what:e}){W();let t=yi(),n=V.meta?.syncedAt;return t.error?k`<${fa} what=${e} error=${t.error} retry=${()=>void Ci()} />${n?k`<p class="asof">Showing what this device has, as of ${q(n)}.</p>`:``}`:Qi()?t.offline&&n?k`<p class="asof" data-testid="as-of">Offline: as of ${q(n)}</p>`:null:t.offline?k`<p class="asof" data-testid="as-of">Offline: this device has nothing of ${e} yet. It gets them when Walker reaches the server.</p>`:k`<${pa} />`}var Y=({e})=>k`<span class=${`badge `+e.status}>${ha[e.status]}</span>`,_a=[[``,`Home`,`⌂`],[`conversations`,`Conversations`,`☰`],[`decisions`,`Decisions`,`◆`],[`champions`,`Champions`,`★`],[`more`,`More`,`…`]];function va(e){if(e===null)return`Checking…`;let t=e.filter(e=>e.status===`attention`).length;return(e.length===0?`All synced`:`${e.length} waiting to sync`)+(t?` · ${t} to fix`:``)}var X=e=>e.toLocaleString(`en`),Z=(e,t,n=t+`s`)=>`${X(e)} ${e===1?t:n}`;function ya(){W();let e=li.progress;return Qi()||!e?null:k`<p class="notice" role="status" data-testid="filling">Getting your data onto this device: ${X(e.read)} of ${X(e.total)} records…</p>`}var ba=null,xa=0,Sa=new Set;function Ca(e,t){ba={text:e,action:t},clearTimeout(xa),xa=window.setTimeout(()=>(ba=null,Sa.forEach(e=>e())),1e4),Sa.forEach(e=>e())}function wa(){let[,e]=D(0);if(O(()=>{let t=()=>e(e=>e+1);return Sa.add(t),()=>void Sa.delete(t)},[]),!ba)return null;let t=ba;return k`<div class="toast" role="status" data-testid="toast"><span>${t.text}</span>${t.action&&k`<button type="button" class="secondary" onClick=${()=>{ba=null,Sa.forEach(e=>e()),t.action?.run()}}>${t.action.label}</button>`}</div>`}function Q({section:e,children:t}){let n=ra();W();let r=Ji(),i=r?.some(e=>e.status===`attention`);return k`<header class="top" data-testid="signed-in">
      <a href="#/" class="brand">Walker</a>
      <span class=${n?`net on`:`net off`} data-testid="network">${n?`Online`:`Offline`}</span>
      <a href="#/pending" class=${i?`sync attention`:`sync`} data-testid="pending">${va(r)}</a>
    </header>
    <${ya} />
    <div class="screen">${t}</div>
    <${wa} />
    <nav class="tabs" aria-label="Sections">
      ${_a.map(([t,n,r])=>k`<a href=${`#/`+t} aria-current=${e===t?`page`:void 0}><span aria-hidden="true">${r}</span>${n}</a>`)}
    </nav>`}function Ta(e,t=50){let[n,r]=D(t);return[n,()=>n<e?k`<button type="button" class="secondary more" onClick=${()=>r(n+t)}>Show ${X(Math.min(t,e-n))} more (${X(e-n)} not shown)</button>`:null]}function Ea(e,t,n){let r=JSON.stringify(t),[i,a]=D(1),[o,s]=D(0),[c,l]=D({key:r,pages:[],error:``,asOf:null});O(()=>mi(()=>s(e=>e+1)),[]),O(()=>a(1),[r]),O(()=>{let a=!0;return(async()=>{let o=[],s=null,c=null;for(let u=0;u<i;u++){let i=await un(e,{...t,after:c});if(!a)return;let u=n(i.data);if(o.push(u),s=i.asOf??s,l({key:r,pages:[...o],error:``,asOf:s}),!u.pageInfo.hasNextPage)break;c=u.pageInfo.endCursor??null}})().catch(e=>a&&l({key:r,pages:[],error:e instanceof Error?e.message:String(e),asOf:null})),()=>{a=!1}},[r,i,o]);let u=c.key===r?c.pages:[],d=u.at(-1);return{items:u.flatMap(e=>(e.edges??[]).flatMap(e=>e?.node?[e.node]:[])),total:d?.totalCount??0,loaded:u.length>0,error:c.key===r?c.error:``,asOf:c.asOf,more:d?.pageInfo.hasNextPage&&u.length===i?()=>a(i+1):null,reload:()=>s(e=>e+1)}}function Da({p:e,what:t,count:n}){return e.error?k`<${fa} what=${t} error=${e.error} retry=${e.reload} />`:e.loaded?k`${e.asOf&&k`<p class="asof" data-testid="as-of">Offline: as of ${q(e.asOf)}</p>`}
    <p class="muted">${n?n(e.items.length,e.total):`${X(e.items.length)} of ${X(e.total)} shown.`}</p>`:k`<${pa} />`}var Oa=({p:e,label:t=`Show more`})=>e.more?k`<button type="button" class="secondary more" onClick=${e.more}>${t} (${X(e.total-e.items.length)} not shown)</button>`:null;function ka({series:e,label:t}){let n=Math.max(1,...e.map(e=>e.count));return k`<figure class="chart">
    <svg viewBox=${`0 0 ${e.length*30+28} 140`} role="img" aria-label=${t}>
      <line class="axis" x1="26" y1=${104} x2=${e.length*30+28} y2=${104} />
      <line class="axis" x1="26" y1=${20} x2="26" y2=${104} />
      <text class="tick" x="22" y=${24} text-anchor="end">${X(n)}</text>
      <text class="tick" x="22" y=${104} text-anchor="end">0</text>
      ${e.map((e,t)=>{let r=e.count/n*84,i=28+t*30,[a,o]=e.period.split(`-`),s=t===0||o===`01`;return k`<rect x=${i+4} y=${104-r} width=${22} height=${r} rx="2"><title>${la(e.period)}: ${X(e.count)}</title></rect>
          <text class="value" x=${i+15} y=${104-r-3} text-anchor="middle">${X(e.count)}</text>
          <text x=${i+15} y=${118} text-anchor="middle">${ua(e.period)}</text>
          ${s&&k`<text class="year" x=${i+15} y=${133} text-anchor="middle">${a}</text>`}`})}
    </svg>
    <table class="sr-only"><caption>${t}</caption>
      <tbody>${e.map(e=>k`<tr><th scope="row">${la(e.period)}</th><td>${e.count}</td></tr>`)}</tbody></table>
  </figure>`}var Aa=null,ja=new Set;globalThis.addEventListener?.(`beforeinstallprompt`,e=>{e.preventDefault(),Aa=e,ja.forEach(e=>e())}),globalThis.addEventListener?.(`appinstalled`,()=>(Aa=null,ja.forEach(e=>e())));var Ma=()=>matchMedia(`(display-mode: standalone)`).matches||navigator.standalone===!0;function Na(){let[,e]=D(0);if(O(()=>{let t=()=>e(e=>e+1);return ja.add(t),()=>void ja.delete(t)},[]),Ma())return null;if(/iphone|ipad|ipod/i.test(navigator.userAgent))return k`<section class="card" aria-label="Install Walker" data-testid="ios-install"><h2>Install Walker</h2>
      <p>In Safari, tap <strong>Share</strong>, then <strong>Add to Home Screen</strong>. On iPhone and iPad, Walker can remind you only once it is installed this way.</p></section>`;if(Aa){let t=Aa;return k`<section class="card" aria-label="Install Walker"><h2>Install Walker</h2>
      <p>Open Walker from your home screen like any app, offline too.</p>
      <button type="button" onClick=${async()=>{await t.prompt(),await t.userChoice.catch(()=>null),Aa=null,e(e=>e+1)}}>Install Walker</button></section>`}return null}var Pa=e=>e.normalize(`NFD`).replace(/\p{M}/gu,``).toLowerCase(),Fa=class{entries;constructor(e,t,n=t){this.entries=[...e].map(e=>({item:e,name:Pa(t(e)),text:Pa(n(e))})),this.entries.sort((e,t)=>e.name<t.name?-1:+(e.name>t.name))}get size(){return this.entries.length}find(e,t,n){let r=Pa(e.trim()),i=` `+r,a=`(`+r,o=[],s=[],c=0;for(let e of this.entries){let l=r?e.text.indexOf(r):0;l<0||n&&!n(e.item)||(c++,o.length>=t||(l===0||e.text.includes(i)||e.text.includes(a)?o.push(e.item):s.length<t&&s.push(e.item)))}return{items:[...o,...s].slice(0,t),total:c}}},Ia=z(`
  query CustomerSearch($term: String!) {
    customers(first: 6, where: { or: [{ nameContainsFold: $term }, { companyContainsFold: $term }] }, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount edges { node { ...CustomerRow } }
    }
  }
`,[zn]);function La(e){let[t,n]=D(null),r=Qi();return O(()=>{if(r||!e)return;let t=!0,i=setTimeout(()=>I(Ia,{term:e}).then(r=>{let i=(r.customers.edges??[]).flatMap(e=>e?.node?[rr(`customers`,e.node)]:[]);t&&n({term:e,found:{items:i,total:r.customers.totalCount}})},()=>{}),150);return()=>{t=!1,clearTimeout(i)}},[e,r]),!r&&t?.term===e?t.found:null}function Ra(e,t,n){let r={},i=()=>{let i=V.storeRev(e);return r.rev===i&&r.index||(r.index=new Fa(V.all(e).values(),t,n),r.rev=i),r.index};return Object.assign((r,a,o)=>{let s=i(),c=U(e),l=V.all(e),u=c===l?{items:[],total:0}:new Fa([...c.values()].filter(e=>l.get(e.id)!==e),t,n).find(r,a,o),d=c!==l,f=s.find(r,a,d||o?e=>(!d||c.get(e.id)===e)&&(!o||o(e)):void 0);return{items:[...u.items,...f.items].slice(0,a),total:u.total+f.total}},{warm:()=>void i()})}var za=e=>e.name+(e.company?` (${e.company})`:``),Ba=Ra(`customers`,e=>e.name,za),Va=Ra(`people`,e=>e.name,e=>`${e.name} ${e.email} ${e.title??``} ${e.team??``}`),Ha,Ua=e=>`requestIdleCallback`in window?requestIdleCallback(e,{timeout:2e3}):setTimeout(e,0);V.subscribe(()=>{V.meta?.state===`ready`&&(clearTimeout(Ha),Ha=setTimeout(()=>Ua(()=>{Ba.warm(),Va.warm()}),500))});var $=(e,t,n=``)=>Zi(e,t)?.name??n;function Wa({label:e,placeholder:t,find:n,useRemote:r,onPick:i,show:a=e=>e.name,footer:o,invalid:s,describedBy:c,testid:l,autofocus:u}){let[d,f]=D(``);W();let p=d.trim(),m=r?.(p)??null,h=p?n(p,6):null,g=h&&m&&m.total>h.total?{items:[...h.items,...m.items.filter(e=>!h.items.some(t=>t.id===e.id))].slice(0,6),total:m.total}:h;return k`<div class="pick" data-testid=${l}>
    <label>${e} <input type="search" value=${d} onInput=${e=>f(e.target.value)} placeholder=${t} autocomplete="off"
      autofocus=${u} aria-invalid=${s?`true`:void 0} aria-describedby=${c} /></label>
    ${g&&k`<p class="muted found" aria-live="polite">${g.total===0?`None found.`:g.total>g.items.length?`${X(g.total)} found: the first ${g.items.length} shown, type more to narrow.`:`${X(g.total)} found.`}</p>`}
    <ul class="options" aria-label=${e+`: found`}>
      ${g?.items.map(e=>k`<li><button type="button" class="option" onClick=${()=>(i(e),f(``))}>${a(e)}</button></li>`)}
      ${g&&o?.(p,g)}
    </ul>
  </div>`}function Ga({label:e,name:t,value:n,onChange:r,me:i,exclude:a,invalid:o,describedBy:s}){let[c,l]=D(!n);W();let u=n?Zi(`people`,n):void 0,d=e=>!e.deactivatedAt&&e.id!==a;return k`<fieldset class="person-field">
    <legend>${e}</legend>
    ${t&&k`<input type="hidden" name=${t} value=${n} />`}
    ${n&&k`<p class="chosen" data-testid=${`chosen-`+(t??e)}><strong>${u?u.name+(n===i?` (me)`:``):n===i?`Me`:`The person chosen`}</strong>
      ${!c&&k` <button type="button" class="link change" onClick=${()=>l(!0)}>Change</button>`}</p>`}
    ${c&&k`<${Wa} label=${`Find `+e.toLowerCase()} placeholder="Name, email or team" find=${(e,t)=>Va(e,t,d)}
      onPick=${e=>(r(e.id),l(!1))} show=${e=>e.name+(e.title?` · ${e.title}`:``)} invalid=${o} describedBy=${s} />`}
  </fieldset>`}var Ka=z(`
  mutation CreateCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { ...CustomerRow } }
`,[zn]),qa=z(`
  mutation CreateConversation($input: CreateConversationInput!) { createConversation(input: $input) { ...ConversationRow } }
`,[Hn]),Ja=z(`
  mutation CreateFollowUp($input: CreateFollowUpInput!) { createFollowUp(input: $input) { ...FollowUpRow } }
`,[Wn]),Ya=[`VISIT`,`CALL`,`VIDEO`,`FOCUS_GROUP`,`INTERVIEW`,`MYSTERY_SHOP`,`CALL_LISTENING`,`ONLINE_COMMENTS`,`EVENT`],Xa=[`VERY_NEGATIVE`,`NEGATIVE`,`NEUTRAL`,`POSITIVE`,`VERY_POSITIVE`],Za=e=>new Date(e.getTime()-e.getTimezoneOffset()*6e4).toISOString().slice(0,16),Qa=e=>L(String(e??``))||null,$a=e=>e?new Date(e+`T12:00:00Z`).toISOString():null,eo=e=>e?.variables.input??{},to=e=>e?.error?{[e.field??``]:e.error}:{};function no({name:e,initial:t,server:n={},add:r,cancel:i}){let a=ke(null),[o,s]=D(n),c=e=>a.current?.querySelector(`[name="customer.${e}"]`)?.value??``;O(()=>a.current?.querySelector(Object.keys(n).length?`[aria-invalid="true"]`:`input`)?.focus(),[]);function l(){let e={name:L(c(`name`)),company:Qa(c(`company`)),segment:Qa(c(`segment`))},t=R(`Customer`,e);s(t),Object.keys(t).length?requestAnimationFrame(()=>a.current?.querySelector(`[aria-invalid="true"]`)?.focus()):r(e)}let u=(e,t,n)=>k`<label>${t}
    <input name=${`customer.`+e} defaultValue=${String(n??``)} aria-invalid=${o[e]?`true`:void 0} aria-describedby=${o[e]?`err-customer-`+e:void 0}
      onInput=${()=>o[e]&&s(({[e]:t,...n})=>n)} />
    ${o[e]&&k`<span class="field-error" id=${`err-customer-`+e} data-field=${e}>${o[e]}</span>`}</label>`,d=Object.entries(o).filter(([e])=>![`name`,`company`,`segment`].includes(e));return k`<fieldset class="card" ref=${a} aria-label="New customer" onKeyDown=${e=>e.key===`Enter`&&(e.preventDefault(),l())}>
    <legend>New customer</legend>
    ${u(`name`,`Name`,t?.name??e)}
    ${u(`company`,`Company (optional)`,t?.company)}
    ${u(`segment`,`Segment (optional)`,t?.segment)}
    ${d.map(([e,t])=>k`<p class="error" role="alert">${e?e+`: `:``}${t}</p>`)}
    <div class="actions">
      <button type="button" onClick=${l}>Add the customer</button>
      ${i&&k`<button type="button" class="link" onClick=${i}>Cancel</button>`}
    </div>
  </fieldset>`}var ro=(e,t)=>({store:`customers`,op:`put`,record:{id:B(e),version:0,clientID:e,name:t.name,company:t.company,segment:t.segment,erased:!1}});function io({picked:e,setPicked:t,invalid:n}){let[r,i]=D(``),a=e=>e.name||$(`customers`,e.id,`A customer`);async function o(n){let r=H();await wi(r,`New customer ${n.name}`,Ka,{input:{clientID:r,...n}},void 0,ro(r,n)),t([...e,{id:B(r),name:n.name}]),i(``)}function s(e){let t={name:L(e),company:null,segment:null};Object.keys(R(`Customer`,t)).length?i(e):o(t)}return k`<fieldset class="picker">
    <legend>Customers</legend>
    <ul class="chips" aria-label="Chosen customers">
      ${e.map(n=>k`<li><button type="button" class="chip on" aria-label=${`Remove `+a(n)} onClick=${()=>t(e.filter(e=>e.id!==n.id))}>${a(n)} ✕</button></li>`)}
    </ul>
    <${ga} what="the customers" />
    <${Wa} key=${e.length} label="Find a customer" placeholder="Name or company" find=${(t,n)=>Ba(t,n,e.length?t=>!e.some(e=>e.id===t.id):void 0)} useRemote=${La} show=${za} testid="customer-search"
      invalid=${n} describedBy=${n?`err-customerIDs`:void 0}
      onPick=${n=>(t([...e,{id:n.id,name:n.name}]),i(``))}
      footer=${(e,t)=>!r&&!t.items.some(t=>t.name.toLowerCase()===e.toLowerCase())&&k`<li><button type="button" class="option add" onClick=${()=>s(e)}>Add “${e}” as a new customer</button></li>`} />
    ${r&&k`<${no} name=${r} add=${o} cancel=${()=>i(``)} />`}
  </fieldset>`}function ao(e,t,n){let{clientID:r,attendeeIDs:i,...a}=n;return{store:`conversations`,op:`put`,record:{...a,id:B(e),version:0,clientID:e,leaderID:t}}}function oo(e){return{store:`followUps`,op:`put`,record:{id:B(e.clientID),version:0,clientID:e.clientID,action:e.action,ownerID:e.ownerID,dueOn:e.dueOn,conversationID:e.conversationID??null,reviewID:null,doneAt:null,quickWin:!1,newInitiative:!1}}}var so=(e,t=``)=>{let n={},r=Cn(`FollowUp`,`action`,e.action),i=Cn(`FollowUp`,`dueOn`,$a(e.due));return r&&(n[t+`action`]=r),i&&(n[t+`dueOn`]=i),n},co=[`VISIT`,`CALL`,`VIDEO`],lo=e=>e===`CALL`?`CALL`:e===`VIDEO`?`VIDEO`:`VISIT`,uo=[[`Now`,0],[`1 h ago`,60]],fo=[[`30 min`,30],[`1 h`,60]];function po({me:e,fix:t,planID:n}){let r=eo(t),i=n?Zi(`plans`,n):void 0,[a,o]=D(()=>t?.draft?.picked??(r.customerIDs??(i?.customerID?[i.customerID]:[])).map(e=>({id:e,name:``}))),[s,c]=D(r.mode??(i?lo(i.kind):`VISIT`)),[l,u]=D(()=>!co.includes(s)),[d,f]=D(()=>r.attendeeIDs??[]),[p,m]=D(r.sentiment??null),[h,g]=D([]),[_,v]=D(()=>{let e=i&&Date.parse(i.plannedAt)<=Date.now()?new Date(i.plannedAt):null;return Za(r.occurredAt?new Date(String(r.occurredAt)):e??new Date)}),[y,b]=D(String(r.durationMinutes??``)),[ee,x]=D(!1),[S,C]=D(-1),te=(e,t)=>g(h.map((n,r)=>e===r?{...n,...t}:n)),ne=!!(r.painPoints||r.sentiment||d.length||t?.field&&[`painPoints`,`sentiment`,`attendeeIDs`].includes(t.field)),re=e=>{let t=new Date(String(e.get(`occurredAt`)??``)),n=String(e.get(`durationMinutes`)??``).trim();return{at:t,minutes:n,input:{mode:s,sentiment:p,customerIDs:a.map(e=>e.id),occurredAt:isNaN(t.getTime())?``:t.toISOString(),durationMinutes:n===``?null:Number(n),heard:Qa(e.get(`heard`)),painPoints:Qa(e.get(`painPoints`))}}},w=mn(e=>{let{at:t,minutes:n,input:r}=re(e),i=R(`Conversation`,{occurredAt:r.occurredAt,durationMinutes:r.durationMinutes,heard:r.heard,painPoints:r.painPoints});return a.length===0&&(i.customerIDs=`Choose at least one customer, or add a new one.`),isNaN(t.getTime())&&(i.occurredAt=`Say when it happened: a date and a time.`),n!==``&&!i.durationMinutes&&!Number.isInteger(Number(n))&&(i.durationMinutes=`Minutes: a whole number.`),h.forEach((e,t)=>Object.assign(i,so(e,`followUps.${t}.`))),i},to(t));O(()=>{t||w.ref.current?.querySelector(a.length===0?`[data-testid="customer-search"] input`:`textarea[name="heard"]`)?.focus()},[]),O(()=>{S<0||(w.ref.current?.querySelector(`[name="followUps.${S}.action"]`)?.focus(),C(-1))},[S]);let ie=w.submit(async i=>{x(!0);let o=t?.id??H(),s=`Conversation with ${a.map(e=>e.name||$(`customers`,e.id,`a customer`)).join(`, `)}`,c=r.planID??n,l={clientID:o,...re(i).input,...d.length?{attendeeIDs:d}:{},...c?{planID:c}:{}};await Ti(t,o,s,qa,{input:l},{picked:a},ao(o,e,l));for(let t of h){let n=H(),r={clientID:n,action:L(t.action),ownerID:t.owner||e,dueOn:$a(t.due),conversationID:B(o)};await wi(n,`Follow-up: ${r.action}`,Ja,{input:r},void 0,oo(r))}G(t?`/pending`:`/conversations?saved=1`)}),ae=w.errors,oe=e=>Za(new Date(Date.now()-e*6e4));return k`<${Q} section=${t?`more`:`conversations`}>
    <h1>${t?`Fix: log a conversation`:i?`Log your plan`:`Log a conversation`}</h1>
    ${t&&k`<p class="muted">The server did not take this conversation. Change what it says, then send it again.</p>`}
    ${i?.note&&k`<p class="muted" data-testid="plan-note">Planned: ${i.note}</p>`}
    <form onSubmit=${ie} onInput=${w.onInput} ref=${w.ref} aria-label="Log a conversation" class="log" novalidate>
      <${io} picked=${a} setPicked=${o} invalid=${!!ae.customerIDs} />
      ${w.error(`customerIDs`)}
      <fieldset><legend>How</legend>
        <div class="chips" role="radiogroup" aria-label="How">
          ${(l?Ya:co).map(e=>k`<button type="button" role="radio" aria-checked=${s===e} class=${s===e?`chip small on`:`chip small`} onClick=${()=>c(e)}>${J(e)}</button>`)}
          ${!l&&k`<button type="button" class="chip small" onClick=${()=>u(!0)}>Other…</button>`}
        </div>
        ${w.error(`mode`)}
      </fieldset>
      <div class="row when">
        <label>When <input type="datetime-local" value=${_} onInput=${e=>v(e.target.value)} required ...${w.field(`occurredAt`)} />${w.error(`occurredAt`)}</label>
        <label class="minutes">Minutes <input type="number" inputmode="numeric" value=${y} onInput=${e=>b(e.target.value)} ...${w.field(`durationMinutes`)} />${w.error(`durationMinutes`)}</label>
      </div>
      <div class="chips quick" aria-label="One-tap times and durations">
        ${uo.map(([e,t])=>k`<button type="button" class="chip small" aria-pressed=${_.slice(0,15)===oe(t).slice(0,15)} onClick=${()=>v(oe(t))}>${e}</button>`)}
        ${fo.map(([e,t])=>k`<button type="button" class="chip small" aria-pressed=${y===String(t)} onClick=${()=>b(String(t))}>${e}</button>`)}
      </div>
      <label>What we heard <textarea rows="2" defaultValue=${String(r.heard??``)} ...${w.field(`heard`)}></textarea>${w.error(`heard`)}</label>
      ${t?k`<p class="muted">Its follow-ups, if any, wait in the list and are sent after it.</p>`:k`<fieldset class="followups"><legend class="sr-only">Follow-ups</legend>
        ${h.map((t,n)=>k`<div class="followup">
          <label>Follow-up <input value=${t.action} onInput=${e=>te(n,{action:e.target.value})} ...${w.field(`followUps.${n}.action`)} />${w.error(`followUps.${n}.action`)}</label>
          <${Ga} label="Owner" value=${t.owner} me=${e} onChange=${e=>te(n,{owner:e})} />
          <div class="row">
            <label>Due <input type="date" value=${t.due} onInput=${e=>te(n,{due:e.target.value})} ...${w.field(`followUps.${n}.dueOn`)} />${w.error(`followUps.${n}.dueOn`)}</label>
          </div>
          <button type="button" class="link" onClick=${()=>g(h.filter((e,t)=>t!==n))}>Remove this follow-up</button>
        </div>`)}
      </fieldset>`}
      <details open=${ne||void 0}>
        <summary>More details: pain points, how they felt, who else was there</summary>
        <label>Pain points <textarea rows="2" defaultValue=${String(r.painPoints??``)} ...${w.field(`painPoints`)}></textarea>${w.error(`painPoints`)}</label>
        <fieldset><legend>How did the customer feel?</legend>
          <div class="chips" role="radiogroup" aria-label="Sentiment">
            ${Xa.map(e=>k`<button type="button" role="radio" aria-checked=${p===e} class=${p===e?`chip on`:`chip`} onClick=${()=>m(p===e?null:e)}>${J(e)}</button>`)}
          </div>
          ${w.error(`sentiment`)}
        </fieldset>
        <fieldset><legend>Who else was there</legend>
          <p class="muted">They are credited with it in their own month too.</p>
          ${d.length>0&&k`<ul class="chips" aria-label="Also there">${d.map(e=>k`<li class="chip on">${$(`people`,e,`someone`)}
            <button type="button" class="link" aria-label=${`Remove `+$(`people`,e,`this person`)} onClick=${()=>f(d.filter(t=>t!==e))}>×</button></li>`)}</ul>`}
          ${d.length<20&&k`<${Wa} label="Add a person" placeholder="Name" testid="attendee-search"
            find=${(t,n)=>{let r=Va(t,n+d.length+1).items.filter(t=>t.id!==e&&!d.includes(t.id)).slice(0,n);return{items:r,total:r.length}}}
            onPick=${e=>f([...d,e.id])} />`}
          ${w.error(`attendeeIDs`)}
        </fieldset>
      </details>
      ${w.others()}
      <div class="save-bar">
        ${!t&&k`<button type="button" class="secondary" onClick=${()=>(g([...h,{action:``,owner:e,due:``}]),C(h.length))}>Add a follow-up</button>`}
        <button type="submit" class="big" disabled=${ee}>${t?`Send again`:`Save`}</button>
      </div>
    </form>
  </${Q}>`}function mo({me:e,fix:t}){let n=eo(t),[r,i]=D(String(n.ownerID??e)),a=e=>({action:String(e.get(`action`)??``),owner:r,due:String(e.get(`dueOn`)??``)}),o=mn(e=>so(a(e)),to(t));return k`<${Q} section="more">
    <h1>Fix: a follow-up</h1>
    <form onSubmit=${o.submit(async e=>{let i=a(e),o={...n,clientID:t.id,action:L(i.action),ownerID:r,dueOn:$a(i.due)};await Ti(t,t.id,`Follow-up: ${o.action}`,Ja,{input:o},void 0,oo(o)),G(`/pending`)})} onInput=${o.onInput} ref=${o.ref} aria-label="Follow-up" novalidate>
      <label>Action <input defaultValue=${String(n.action??``)} ...${o.field(`action`)} />${o.error(`action`)}</label>
      <${Ga} label="Owner" value=${r} me=${e} onChange=${i} />
      <div class="row">
        <label>Due <input type="date" defaultValue=${n.dueOn?String(n.dueOn).slice(0,10):``} ...${o.field(`dueOn`)} />${o.error(`dueOn`)}</label>
      </div>
      ${o.error(`ownerID`)}
      ${o.others()}
      <button type="submit" class="big">Send again</button>
    </form>
  </${Q}>`}function ho({fix:e}){let t=eo(e);async function n(n){await Ti(e,e.id,`New customer ${n.name}`,Ka,{input:{...t,clientID:e.id,...n}},void 0,ro(e.id,n)),G(`/pending`)}return k`<${Q} section="more">
    <h1>Fix: a new customer</h1>
    <${no} name="" initial=${t} server=${to(e)} add=${n} />
  </${Q}>`}var go=z(`
  query ServerConversations($where: ConversationWhereInput, $after: Cursor) {
    conversations(first: 50, after: $after, where: $where, orderBy: [{ field: OCCURRED_AT, direction: DESC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id mode occurredAt heard leader { name } customers(first: 5) { totalCount edges { node { name } } } } }
    }
  }
`),_o=z(`
  query Conversation($id: ID!) {
    node(id: $id) {
      ... on Conversation {
        id mode occurredAt durationMinutes heard painPoints sentiment
        leader { name }
        customers(first: 100) { edges { node { id name company segment } } }
        followUps(first: 100) { totalCount edges { node { id action dueOn doneAt owner { name } } } }
      }
    }
  }
`),vo=z(`
  mutation SetFollowUpDone($id: ID!, $done: Boolean!) { setFollowUpDone(id: $id, done: $done) { ...FollowUpRow } }
`,[Wn]),yo=e=>e.customerIDs.map(e=>$(`customers`,e,`A customer`)).join(`, `),bo=(e,t)=>{let n=Pa([yo(e),e.heard??``,e.painPoints??``].join(` `));return Pa(t).split(/\s+/).filter(Boolean).every(e=>n.includes(e))};function xo({where:e,everyone:t}){let n=Ea(go,{where:e},e=>e.conversations);return k`<section aria-label="On the server" data-testid="server-conversations">
    <${Da} p=${n} what="the conversations on the server" count=${(e,t)=>`${Z(t,`conversation`)} on the server, ${X(e)} shown.`} />
    <ul class="list">${n.items.map(e=>k`<li><a href=${`#/conversations/`+e.id}>
      <strong>${e.customers.edges?.map(e=>e?.node?.name).join(`, `)}</strong>
      <span class="muted"> · ${J(e.mode)} · ${K(e.occurredAt)}${t?` · `+e.leader.name:``}</span>
      ${e.heard&&k`<br /><span class="clip">${e.heard}</span>`}</a></li>`)}</ul>
    <${Oa} p=${n} label="Show more from the server" />
  </section>`}function So({me:e,admin:t,saved:n}){let[r,i]=D(!1),[a,o]=D(``),[s,c]=D(!1);W();let l=lr(Date.now()),u=na(ta(),`createConversation`).filter(e=>e.status===`attention`),d=[...U(`conversations`).values()].filter(t=>r?Date.parse(t.occurredAt)>=Date.parse(l.everyone):t.leaderID===e).filter(e=>!a.trim()||bo(e,a)).sort((e,t)=>Date.parse(t.occurredAt)-Date.parse(e.occurredAt)),[f,p]=Ta(d.length),m=d.filter(e=>e.pending).length,h=a.trim(),g={...r?{occurredAtLT:l.everyone}:{hasLeaderWith:[{id:e}],occurredAtLT:l.mine},...h?{or:[{heardContainsFold:h},{painPointsContainsFold:h},{hasCustomersWith:[{nameContainsFold:h}]}]}:{}};return k`<${Q} section="conversations">
    <h1>Conversations</h1>
    ${n&&k`<p class="notice" role="status">Saved${m?`: it is sent as soon as Walker can reach the server.`:`.`}</p>`}
    <a class="button big" href="#/log">Log a conversation</a>
    <label>Search <input type="search" value=${a} onInput=${e=>o(e.target.value)} placeholder="Customer, what we heard, pain points" /></label>
    ${t&&k`<div class="chips" role="radiogroup" aria-label="Whose">
      <button type="button" role="radio" aria-checked=${!r} class=${r?`chip`:`chip on`} onClick=${()=>i(!1)}>Mine</button>
      <button type="button" role="radio" aria-checked=${r} class=${r?`chip on`:`chip`} onClick=${()=>i(!0)}>Everyone's</button>
    </div>`}
    ${u.length>0&&k`<ul class="list" aria-label="Not saved">
      ${u.map(e=>k`<li class="pending" data-testid="pending-conversation"><span>${e.label}</span> <${Y} e=${e} /> <a href=${`#/pending/`+encodeURIComponent(e.id)}>Fix</a></li>`)}
    </ul>`}
    <${ga} what="the conversations" />
    <p class="muted" data-testid="conversation-count">${Z(d.length,`conversation`)}${r?` this month and last`:` in the last 12 months`}${m?`, ${m} waiting to sync`:``}</p>
    <ul class="list">
      ${d.slice(0,f).map(e=>k`<li data-testid="conversation"><a href=${`#/conversations/`+encodeURIComponent(e.id)}>
        <strong>${yo(e)}</strong>
        <span class="muted"> · ${J(e.mode)} · ${K(e.occurredAt)}${r?` · `+$(`people`,e.leaderID):``}</span>
        ${e.pending&&k` <${Y} e=${e.pending} />`}
        ${e.heard&&k`<br /><span class="clip">${e.heard}</span>`}
      </a></li>`)}
    </ul>
    ${p()}
    ${s?k`<${xo} key=${JSON.stringify(g)} where=${g} everyone=${r} />`:k`<button type="button" class="secondary" onClick=${()=>c(!0)}>${r?`Older conversations, on the server`:`Older than 12 months, on the server`}</button>`}
  </${Q}>`}function Co({f:e,me:t,admin:n}){let r=!!e.doneAt;async function i(){await wi(H(),`${r?`Not done`:`Done`}: ${e.action}`,vo,{id:e.id,done:!r},void 0,{store:`followUps`,op:`patch`,id:e.id,fields:{doneAt:r?null:new Date().toISOString()}})}async function a(){Ca(`Follow-up deleted.`,{label:`Undo`,run:await Ri(`followUps`,e,`follow-up “${e.action}”`)})}return k`<li><label class="check"><input type="checkbox" checked=${r} disabled=${!Vi(`followUps`,e,t,n)} onChange=${i} />
      <span>${e.action} <span class="muted">· ${$(`people`,e.ownerID,`someone`)}${e.dueOn?` · due `+K(e.dueOn):``}</span></span></label>
    ${(e.pending||e.refused)&&k`<${Y} e=${e.pending??e.refused} />`}
    ${Bi(`followUps`,e,t,n)&&k`<button type="button" class="link" onClick=${a}>Delete this follow-up</button>`}</li>`}function wo({id:e,me:t,admin:n}){W();let r=Zi(`conversations`,e);if(!r)return k`<${To} id=${e} />`;let i=[...U(`followUps`).values()].filter(e=>e.conversationID===r.id||r.clientID&&e.conversationID===B(r.clientID));async function a(){let e=await Ri(`conversations`,r,`conversation with ${yo(r)}`);G(`/conversations`),Ca(`Conversation deleted.`,{label:`Undo`,run:e})}return k`<${Q} section="conversations">
    <a href="#/conversations">← Conversations</a>
    <h1>${yo(r)}</h1>
    ${r.pending&&k`<p><${Y} e=${r.pending} /> Kept on this device until the server has it.</p>`}
    ${r.refused&&k`<p class="error" role="alert">Your change was not saved: ${r.refused.error} <a href="#/pending">Waiting to sync</a></p>`}
    <p class="muted">${J(r.mode)} · ${q(r.occurredAt)}${r.durationMinutes?` · ${r.durationMinutes} min`:``} · ${$(`people`,r.leaderID)}${r.sentiment?` · `+J(r.sentiment):``}</p>
    ${r.heard&&k`<h2>What we heard</h2><p class="text">${r.heard}</p>`}
    ${r.painPoints&&k`<h2>Pain points</h2><p class="text">${r.painPoints}</p>`}
    <h2>Follow-ups</h2>
    ${i.length===0&&k`<p class="muted">None.</p>`}
    <ul class="list">${i.map(e=>k`<${Co} key=${e.id} f=${e} me=${t} admin=${n} />`)}</ul>
    ${Vi(`conversations`,r,t,n)&&k`<a class="button secondary" href=${`#/conversations/`+r.id+`/edit`}>Edit the conversation</a>`}
    ${Bi(`conversations`,r,t,n)&&k`<button type="button" class="secondary danger" onClick=${a}>Delete this conversation</button>`}
  </${Q}>`}function To({id:e}){let t=ea(_o,{id:e}),n=t.data?.node&&`mode`in t.data.node?t.data.node:null;return k`<${Q} section="conversations">
    <a href="#/conversations">← Conversations</a>
    <${ma} r=${t} what="this conversation" />
    ${t.data&&!n&&k`<p>This conversation is not there any more.</p>`}
    ${n&&k`<h1>${n.customers.edges?.map(e=>e?.node?.name).join(`, `)}</h1>
      <p class="muted">${J(n.mode)} · ${q(n.occurredAt)}${n.durationMinutes?` · ${n.durationMinutes} min`:``} · ${n.leader.name}${n.sentiment?` · `+J(n.sentiment):``}</p>
      ${n.heard&&k`<h2>What we heard</h2><p class="text">${n.heard}</p>`}
      ${n.painPoints&&k`<h2>Pain points</h2><p class="text">${n.painPoints}</p>`}
      <h2>Follow-ups</h2>
      <p class="muted">${Z(n.followUps.totalCount,`follow-up`)}.</p>
      <ul class="list">${n.followUps.edges?.map(e=>e?.node&&k`<li>${e.node.action} <span class="muted">· ${e.node.owner.name}${e.node.dueOn?` · due `+K(e.node.dueOn):``}${e.node.doneAt?` · done`:``}</span></li>`)}</ul>`}
  </${Q}>`}function Eo({id:e,fix:t}){W();let n=Zi(`conversations`,e),r={...n??{},...t?.draft?.patch??{}},i=e=>{let t=new Date(String(e.get(`occurredAt`)??``)),n=String(e.get(`durationMinutes`)??``).trim(),r=t=>L(String(e.get(t)??``))||null;return{mode:String(e.get(`mode`)),occurredAt:isNaN(t.getTime())?``:t.toISOString(),durationMinutes:n===``?null:Number(n),heard:r(`heard`),painPoints:r(`painPoints`),sentiment:String(e.get(`sentiment`)??``)||null}},a=mn(e=>{let t=i(e),n=R(`Conversation`,{occurredAt:t.occurredAt,durationMinutes:t.durationMinutes,heard:t.heard??``,painPoints:t.painPoints??``});return t.occurredAt||(n.occurredAt=`Say when it happened: a date and a time.`),t.durationMinutes!==null&&!n.durationMinutes&&!Number.isInteger(t.durationMinutes)&&(n.durationMinutes=`Minutes: a whole number.`),n},to(t));if(!n)return k`<${Q} section="conversations"><a href="#/conversations">← Conversations</a><${ga} what="the conversations" />
      ${Qi()&&k`<p>This conversation is not there any more.</p>`}</${Q}>`;let o=a.submit(async e=>{let r=i(e),a=`Conversation edited: ${yo(n)}`;if(t){let e=Rn(n,r);await Ti(t,t.id,t.label,Mi,{id:n.id,input:Ln(e),expectedVersion:n.version},{...t.draft,patch:e,was:n},{store:`conversations`,op:`patch`,id:n.id,fields:e}),G(`/pending`)}else await Li(`conversations`,n,r,a)||Ca(`Nothing changed.`),G(`/conversations/`+n.id)});return k`<${Q} section=${t?`more`:`conversations`}>
    <a href=${`#/conversations/`+n.id}>← ${yo(n)}</a>
    <h1>${t?`Fix: edit a conversation`:`Edit the conversation`}</h1>
    ${n.pending&&k`<p><${Y} e=${n.pending} /> Your last change is kept on this device until the server has it.</p>`}
    <form class="card" aria-label="Edit the conversation" onSubmit=${o} onInput=${a.onInput} ref=${a.ref} novalidate>
      <label>How <select name="mode">${Ya.map(e=>k`<option value=${e} selected=${(r.mode??n.mode)===e}>${J(e)}</option>`)}</select></label>
      <label>When <input type="datetime-local" required defaultValue=${Za(new Date(String(r.occurredAt??n.occurredAt)))} ...${a.field(`occurredAt`)} />${a.error(`occurredAt`)}</label>
      <label>Minutes <input type="number" min="0" max="1440" inputmode="numeric" defaultValue=${r.durationMinutes??``} ...${a.field(`durationMinutes`)} />${a.error(`durationMinutes`)}</label>
      <label>What we heard <textarea rows="4" defaultValue=${r.heard??``} ...${a.field(`heard`)}></textarea>${a.error(`heard`)}</label>
      <label>Pain points <textarea rows="3" defaultValue=${r.painPoints??``} ...${a.field(`painPoints`)}></textarea>${a.error(`painPoints`)}</label>
      <label>How they felt <select name="sentiment"><option value="">Not said</option>${Xa.map(e=>k`<option value=${e} selected=${r.sentiment===e}>${J(e)}</option>`)}</select></label>
      ${a.others()}
      <button type="submit">${t?`Send again`:`Save the changes`}</button>
    </form>
  </${Q}>`}var Do=z(`
  mutation Nominate($input: CreateNominationInput!) { createNomination(input: $input) { ...NominationRow } }
`,[Kn]),Oo=z(`
  mutation Endorse($input: CreateEndorsementInput!) { createEndorsement(input: $input) { ...EndorsementRow } }
`,[qn]),ko=z(`
  mutation Approve($id: ID!, $note: String) { approveNomination(id: $id, note: $note) { ...NominationRow } }
`,[Kn]),Ao=z(`
  mutation Decline($id: ID!, $note: String) { declineNomination(id: $id, note: $note) { ...NominationRow } }
`,[Kn]),jo=e=>[...U(`endorsements`).values()].filter(t=>t.nominationID===e.id||e.clientID&&t.nominationID===B(e.clientID)),Mo=()=>[...U(`nominations`).values()].filter(e=>e.status===`OPEN`).sort((e,t)=>Date.parse(e.createdAt)-Date.parse(t.createdAt));function No({nom:e,me:t,admin:n}){let[r,i]=D(``),[a,o]=D(``),s=jo(e),c=s.find(e=>e.endorserID===t),l=$(`people`,e.nomineeID,`Someone`),u=!!e.pending;async function d(){let n=Cn(`Endorsement`,`comment`,r);if(o(n),n)return document.getElementById(`why-`+e.id)?.focus();let i=H(),a={clientID:i,nominationID:e.id,comment:Qa(r)},s={id:B(i),version:0,clientID:i,createdAt:new Date().toISOString(),nominationID:e.id,endorserID:t,comment:a.comment};await wi(i,`Endorsement of ${l}`,Oo,{input:a},void 0,{store:`endorsements`,op:`put`,record:s})}async function f(t){let n=t?`APPROVED`:`DECLINED`,r={store:`nominations`,op:`patch`,id:e.id,fields:{status:n}};t?await wi(H(),`Approve ${l}`,ko,{id:e.id,note:null},void 0,r):await wi(H(),`Decline ${l}`,Ao,{id:e.id,note:null},void 0,r)}async function p(e){Ca(`Endorsement withdrawn.`,{label:`Undo`,run:await Ri(`endorsements`,e,`endorsement of ${l}`)})}async function m(){Ca(`Nomination deleted.`,{label:`Undo`,run:await Ri(`nominations`,e,`nomination of ${l}`)})}let h=e.customerID?$(`customers`,e.customerID):``;return k`<li class="nomination" data-testid="nomination">
    <strong>${l}</strong> <span class="muted">nominated by ${$(`people`,e.nominatorID,`someone`)}, ${K(e.createdAt)}</span>
    ${e.pending&&k` <${Y} e=${e.pending} />`}
    ${e.refused&&k`<p class="error">Not done: ${e.refused.error} <a href="#/pending">Waiting to sync</a></p>`}
    <p>${e.story}${h?k` <span class="muted">(for ${h})</span>`:``}</p>
    <p class="muted">${Z(s.length,`endorsement`)}${s.length?`: `+s.map(e=>$(`people`,e.endorserID,`someone`)).join(`, `):``}</p>
    <div class="actions">
      ${e.nomineeID!==t&&e.nominatorID!==t&&!c&&!u&&k`<label>Why you endorse (optional) <input id=${`why-`+e.id} value=${r}
        onInput=${e=>(i(e.target.value),o(``))}
        aria-invalid=${a?`true`:void 0} aria-describedby=${a?`err-why-`+e.id:void 0} />
        ${a&&k`<span class="field-error" id=${`err-why-`+e.id}>${a}</span>`}</label><button type="button" class="secondary" onClick=${d}>Endorse ${l}</button>`}
      ${c&&k`${c.pending&&k`<${Y} e=${c.pending} />`}<button type="button" class="link" onClick=${()=>p(c)}>Withdraw my endorsement</button>`}
      ${n&&!u&&k`<button type="button" onClick=${()=>f(!0)}>Approve</button>
        <button type="button" class="secondary" onClick=${()=>f(!1)}>Decline</button>`}
      ${Bi(`nominations`,e,t,n)&&k`<button type="button" class="link" onClick=${m}>Delete the nomination</button>`}
    </div>
  </li>`}function Po({me:e,admin:t}){W();let n=ta(),r=[...na(n,`createNomination`),...na(n,`createEndorsement`)].filter(e=>e.status===`attention`),i=Mo(),a=[...U(`people`).values()].filter(e=>e.champion&&!e.deactivatedAt).sort((e,t)=>e.name.localeCompare(t.name)),[o,s]=Ta(i.length,20),[c,l]=Ta(a.length);return k`<${Q} section="champions">
    <h1>Champions</h1>
    <a class="button big" href="#/champions/nominate">Nominate a champion</a>
    ${r.length>0&&k`<ul class="list" aria-label="Not saved">${r.map(e=>k`<li class="pending">${e.label} <${Y} e=${e} /> <a href=${`#/pending/`+encodeURIComponent(e.id)}>Fix</a></li>`)}</ul>`}
    <${ga} what="the champions" />
    <h2>Open nominations</h2>
    <p class="muted">${X(i.length)} open.</p>
    <ul class="list">${i.slice(0,o).map(n=>k`<${No} key=${n.id} nom=${n} me=${e} admin=${t} />`)}</ul>
    ${s()}
    <h2>Champions</h2>
    ${a.length===0?k`<p class="muted">No champions yet: nominate someone who put a customer first.</p>`:k`<p class="muted">${Z(a.length,`champion`)}.</p>`}
    <ul class="list" data-testid="champions">
      ${a.slice(0,c).map(e=>k`<li>★ <strong>${e.name}</strong>${e.title?k` <span class="muted">${e.title}</span>`:``}</li>`)}
    </ul>
    ${l()}
  </${Q}>`}function Fo({value:e,onChange:t}){W();let n=e?Zi(`customers`,e):void 0;return k`<fieldset><legend>For which customer (optional)</legend>
    <input type="hidden" name="customerID" value=${e} />
    ${e?k`<p class="chosen"><strong>${n?za(n):`The customer chosen`}</strong> <button type="button" class="link" onClick=${()=>t(``)}>Remove</button></p>`:k`<${Wa} label="Find the customer" placeholder="Name or company" find=${Ba} useRemote=${La} show=${za} onPick=${e=>t(e.id)} />`}
  </fieldset>`}function Io({me:e,fix:t,prefill:n}){let r=t?eo(t):{...n??{}},[i,a]=D(String(r.nomineeID??``)),[o,s]=D(String(r.customerID??``));W();let c=[...U(`conversations`).values()].filter(e=>!e.pending).sort((e,t)=>Date.parse(t.occurredAt)-Date.parse(e.occurredAt)),l=e=>({nomineeID:i,story:L(String(e.get(`story`)??``)),customerID:o||null,conversationID:String(e.get(`conversationID`)||``)||null}),u=mn(e=>{let t=l(e),n=R(`Nomination`,{story:t.story});return t.nomineeID||(n.nomineeID=`Choose whom you nominate.`),n},to(t)),d=u.submit(async n=>{let r=l(n),i=$(`people`,r.nomineeID,`a peer`),a=t?.id??H(),o={id:B(a),version:0,clientID:a,createdAt:new Date().toISOString(),status:`OPEN`,nominatorID:e,...r};await Ti(t,a,`Nomination of ${i}`,Do,{input:{clientID:a,...r}},void 0,{store:`nominations`,op:`put`,record:o}),G(t?`/pending`:`/champions`)}),f=(e,t)=>r[e]===t;return k`<${Q} section=${t?`more`:`champions`}>
    <h1>${t?`Fix: nominate a champion`:`Nominate a champion`}</h1>
    ${t&&k`<p class="muted">The server did not take this nomination. Change it, then send it again.</p>`}
    <form onSubmit=${d} onInput=${u.onInput} ref=${u.ref} aria-label="Nominate a champion" novalidate>
      <${ga} what="the people" />
      <${Ga} label="Who" name="nomineeID" value=${i} me=${e} exclude=${e} onChange=${e=>(a(e),u.onInput({target:{name:`nomineeID`}}))}
        invalid=${!!u.errors.nomineeID} describedBy=${u.errors.nomineeID?`err-nomineeID`:void 0} />
      ${u.error(`nomineeID`)}
      <label>What they did <textarea rows="4" required defaultValue=${String(r.story??``)} ...${u.field(`story`)}></textarea>${u.error(`story`)}</label>
      <${Fo} value=${o} onChange=${s} />
      ${u.error(`customerID`)}
      <label>Evidence: a conversation (optional) <select ...${u.field(`conversationID`)}>
        <option value="">—</option>
        ${r.conversationID&&!c.slice(0,30).some(e=>e.id===r.conversationID)&&k`<option value=${String(r.conversationID)} selected>The conversation behind the win</option>`}
        ${c.slice(0,30).map(e=>k`<option value=${e.id} selected=${f(`conversationID`,e.id)}>${yo(e)} · ${$(`people`,e.leaderID)} · ${K(e.occurredAt)}</option>`)}
      </select>${c.length>30?k`<span class="muted hint">The 30 most recent of the ${X(c.length)} on this device.</span>`:``}${u.error(`conversationID`)}</label>
      ${u.others()}
      <button type="submit" class="big">${t?`Send again`:`Nominate`}</button>
    </form>
  </${Q}>`}function Lo({fix:e,me:t}){let n=eo(e),r=mn(e=>R(`Endorsement`,{comment:String(e.get(`comment`)??``)}),to(e)),i=r.submit(async r=>{let i={...n,clientID:e.id,comment:Qa(r.get(`comment`))},a={id:B(e.id),version:0,clientID:e.id,createdAt:new Date(e.createdAt).toISOString(),nominationID:n.nominationID,endorserID:t,comment:i.comment};await Ti(e,e.id,e.label,Oo,{input:i},void 0,{store:`endorsements`,op:`put`,record:a}),G(`/pending`)});return k`<${Q} section="more">
    <h1>Fix: ${e.label}</h1>
    <form onSubmit=${i} onInput=${r.onInput} ref=${r.ref} aria-label="Endorsement" novalidate>
      <label>Why you endorse (optional) <textarea rows="3" defaultValue=${String(n.comment??``)} ...${r.field(`comment`)}></textarea>${r.error(`comment`)}</label>
      ${r.others()}
      <button type="submit" class="big">Send again</button>
    </form>
  </${Q}>`}var Ro=z(`
  mutation CreatePlan($input: CreatePlanInput!) { createPlan(input: $input) { ...PlanRow } }
`,[Xn]),zo=[`VISIT`,`CALL`,`VIDEO`,`CUSTOMER_DAY`],Bo=864e5;function Vo(e,t=Date.now()){let n=new Set([e.id,...e.clientID?[B(e.clientID)]:[]]);return e.loggedCount>0||[...U(`conversations`).values()].some(e=>e.planID&&n.has(e.planID))?`LOGGED`:t>Date.parse(e.plannedAt)+Bo?`MISSED`:`UPCOMING`}var Ho=e=>[J(e.kind),e.customerID?$(`customers`,e.customerID,`a customer`):null,`${K(e.plannedAt)}, ${q(e.plannedAt)}`].filter(Boolean).join(` · `),Uo=e=>{let t=new Date;return t.setDate(t.getDate()+1),t.setHours(e,0,0,0),t};function Wo({me:e}){let[t,n]=D(`VISIT`),[r,i]=D([]),[a,o]=D(()=>Za(Uo(10))),s=e=>{let n=new Date(String(e.get(`plannedAt`)??``));return{at:n,input:{kind:t,plannedAt:isNaN(n.getTime())?``:n.toISOString(),note:Qa(e.get(`note`)),customerID:r[0]?.id??null}}},c=mn(e=>{let{at:n,input:i}=s(e),a=R(`Plan`,{plannedAt:i.plannedAt,note:i.note});return isNaN(n.getTime())&&(a.plannedAt=`Say when: a date and a time.`),t!==`CUSTOMER_DAY`&&!r.length&&(a.customerIDs=`Choose the customer or prospect, or add a new one.`),a}),l=c.submit(async n=>{let i=H(),{input:a}=s(n),o={clientID:i,...a},c={id:B(i),version:0,clientID:i,kind:t,plannedAt:a.plannedAt,note:a.note,customerID:a.customerID,leaderID:e,loggedCount:0};await wi(i,`Plan: ${Ho(c)}`,Ro,{input:o},{picked:r},{store:`plans`,op:`put`,record:c}),Ca(`Planned. It counts once you log it.`),G(`/`)}),u=[[`Tomorrow 10:00`,Uo(10)],[`Tomorrow 14:00`,Uo(14)]];return k`<${Q} section="">
    <h1>Plan a customer conversation</h1>
    <form onSubmit=${l} onInput=${c.onInput} ref=${c.ref} aria-label="Plan" novalidate>
      <fieldset><legend>What</legend>
        <div class="chips" role="radiogroup" aria-label="What">
          ${zo.map(e=>k`<button type="button" role="radio" aria-checked=${t===e} class=${t===e?`chip on`:`chip`} onClick=${()=>n(e)}>${J(e)}</button>`)}
        </div>
      </fieldset>
      <${io} picked=${r} setPicked=${e=>i(e.slice(-1))} invalid=${!!c.errors.customerIDs} />
      ${c.error(`customerIDs`)}
      <label>When <input type="datetime-local" value=${a} onInput=${e=>o(e.target.value)} ...${c.field(`plannedAt`)} />${c.error(`plannedAt`)}</label>
      <div class="chips quick" aria-label="One-tap times">
        ${u.map(([e,t])=>k`<button type="button" class="chip small" aria-pressed=${a===Za(t)} onClick=${()=>o(Za(t))}>${e}</button>`)}
      </div>
      <label>What for (optional) <textarea rows="2" ...${c.field(`note`)}></textarea>${c.error(`note`)}</label>
      ${c.others()}
      <div class="save-bar"><button type="submit" class="big">Plan it</button></div>
    </form>
  </${Q}>`}function Go({p:e,missed:t}){async function n(){Ca(`Plan cancelled.`,{label:`Undo`,run:await Ri(`plans`,e,`plan: ${Ho(e)}`)})}return k`<li data-testid=${t?`missed-plan`:`plan`}>
    <strong>${Ho(e)}</strong>${e.note&&k` <span class="muted">· ${e.note}</span>`}
    <div class="actions">
      <a class="button" href=${`#/log?plan=`+encodeURIComponent(e.id)}>${t?`Log it anyway`:`Log it`}</a>
      <button type="button" class="link" onClick=${n}>Cancel the plan</button>
    </div>
  </li>`}function Ko({me:e}){W();let t=Date.now(),n=[...U(`plans`).values()].filter(t=>t.leaderID===e),r=n.filter(e=>Vo(e,t)===`UPCOMING`).sort((e,t)=>Date.parse(e.plannedAt)-Date.parse(t.plannedAt)),i=n.filter(e=>Vo(e,t)===`MISSED`&&Date.parse(e.plannedAt)>t-2592e6).sort((e,t)=>Date.parse(t.plannedAt)-Date.parse(e.plannedAt)),[a,o]=Ta(r.length,5);return k`<section class="card" aria-label="Coming up" data-testid="plans">
    <h2>Coming up</h2>
    ${Qi()&&r.length===0&&k`<p class="muted">Nothing planned. A plan counts for nothing until you log it, but it keeps you on pace.</p>`}
    <ul class="list">${r.slice(0,a).map(e=>k`<${Go} key=${e.id} p=${e} missed=${!1} />`)}</ul>
    ${o()}
    ${i.length>0&&k`<h3>Missed (${X(i.length)})</h3>
      <ul class="list">${i.map(e=>k`<${Go} key=${e.id} p=${e} missed=${!0} />`)}</ul>`}
    <a href="#/plan" class="button secondary" data-testid="plan-new">Plan a visit or call</a>
  </section>`}var qo=z(`
  query Me($p: String!) {
    viewer {
      id name email role champion weekStreak
      month(period: $p) {
        customersMet daysWithCustomers decisionsWithCustomerBenefit walker
        commitments { behaviour target actual met period pace }
        customersMetByMonth { period count }
      }
    }
    organization { name }
  }
`),Jo={CUSTOMERS_MET:`Customers met`,DAYS_WITH_CUSTOMERS:`Days with customers`,MINUTES_WITH_CUSTOMERS:`Minutes with customers`,DECISIONS_WITH_BENEFIT:`Decisions with a customer benefit`,CLV_DECISIONS:`Decisions with a CLV impact`,FEEDBACK_REVIEWS:`Feedback reviews`,ONLINE_COMMENTS:`Online comments answered`,CALL_LISTENING:`Calls listened to`,RECOGNITIONS:`Champions recognised`,NEW_INITIATIVES:`New initiatives`,FOLLOW_UPS_ON_TIME:`Follow-ups on time (%)`},Yo=z(`
  query Reports($p: String!) {
    viewer { reports(first: 50) { totalCount edges { node { id name month(period: $p) { customersMet walker commitments { behaviour target actual pace } } } } } }
  }
`);function Xo({month:e}){let t=ea(Yo,{p:e}).data?.viewer.reports.edges?.flatMap(e=>e?.node?[e.node]:[])??[];return t.length===0?null:k`<section class="card" aria-label="My reports" data-testid="reports">
    <h2>My reports</h2>
    <ul class="list">${t.map(e=>{let t=e.month.commitments.find(e=>e.pace===`MISSED`||e.pace===`AT_RISK`)??e.month.commitments.find(e=>e.pace===`BEHIND`);return k`<li data-testid="report"><strong>${e.name}</strong> · ${Z(e.month.customersMet,`customer`)} met ·
        ${e.month.commitments.length===0?`no commitments`:e.month.walker?`walker`:t?`${Jo[t.behaviour].toLowerCase()} ${t.actual} of ${t.target}, ${oa[t.pace]}`:`on track`}</li>`})}</ul>
  </section>`}function Zo(){W();let e=Mo(),[t,n]=Ta(e.length,10);return!Qi()||e.length===0?null:k`<section class="card" aria-label="Nominations waiting for you" data-testid="waiting-nominations">
    <h2>${X(e.length)} nomination${e.length===1?``:`s`} waiting for you</h2>
    <ul class="list">
      ${e.slice(0,t).map(e=>k`<li><a href="#/champions"><strong>${$(`people`,e.nomineeID,`Someone`)}</strong>, by ${$(`people`,e.nominatorID,`someone`)} · ${Z(jo(e).length,`endorsement`)}</a></li>`)}
    </ul>
    ${n()}
  </section>`}function Qo({month:e,admin:t,me:n}){let r=ea(qo,{p:e}),i=ta(),a=r.data?.viewer,o=a?.month,s=na(i,`createConversation`).length;return k`<${Q} section="">
    <${ma} r=${r} what="your month" />
    ${a&&o&&k`
      <h1>Hello, ${a.name}</h1>
      <p class="muted">${r.data?.organization.name} · ${a.role.toLowerCase()}${a.champion?` · ★ champion`:``}</p>
      <a class="button big" href="#/log" data-testid="log">Log a conversation</a>
      <${Ko} me=${n} />
      <section class="card" aria-label="My month">
        <h2>My month</h2>
        <p class="verdict" data-testid="verdict">${o.commitments.length===0?`Make a commitment to see whether you walk the talk.`:o.walker?`Walker: you meet every commitment.`:`Not yet a walker this month.`}</p>
        <ul class="stats">
          <li data-testid="customers-met"><strong>${o.customersMet}</strong> ${o.customersMet===1?`customer`:`customers`} met${s?k` <span class="muted">(+${s} conversation${s===1?``:`s`} waiting to sync)</span>`:``}</li>
          <li><strong>${X(o.daysWithCustomers)}</strong> ${o.daysWithCustomers===1?`day`:`days`} with customers</li>
          <li><strong>${X(o.decisionsWithCustomerBenefit)}</strong> ${o.decisionsWithCustomerBenefit===1?`decision`:`decisions`} with a customer benefit</li>
          <li data-testid="streak"><strong>${a.weekStreak}</strong> week${a.weekStreak===1?``:`s`} in a row with customers</li>
        </ul>
        ${o.commitments.length>0&&k`<ul class="commitments">
          ${o.commitments.map(e=>k`<li class=${e.met?`met`:`short`} data-testid="commitment">${Jo[e.behaviour]}: ${e.actual} of ${e.target}${e.period===`QUARTER`?` this quarter`:``} <span class=${`pace `+e.pace.toLowerCase()}>${oa[e.pace]}</span></li>`)}
        </ul>`}
        <a href="#/commitments">${o.commitments.length?`Change my commitments`:`Make a commitment`}</a>
      </section>
      <section class="card" aria-label="My customers met, 12 months">
        <h2>Customers met, 12 months</h2>
        <${ka} series=${o.customersMetByMonth} label="Customers I met per month, the last 12 months" />
      </section>
`}
    ${a&&k`<${Xo} month=${e} />`}
    ${t&&k`<${Zo} />`}
  </${Q}>`}var $o=z(`
  mutation CreateCommitment($input: CreateCommitmentInput!) { createCommitment(input: $input) { ...CommitmentRow } }
`,[Yn]),es={CUSTOMERS_MET:5,DAYS_WITH_CUSTOMERS:2,FOLLOW_UPS_ON_TIME:90,MINUTES_WITH_CUSTOMERS:240},ts=e=>k`<label>Per <select name="period">
  <option value="MONTH" selected=${e===`MONTH`}>Month</option><option value="QUARTER" selected=${e===`QUARTER`}>Quarter</option></select></label>`;function ns({me:e,c:t,behaviour:n,target:r,period:i,choices:a,fix:o}){let s=e=>({behaviour:String(e.get(`behaviour`)??``)||n,target:Number(e.get(`target`)),period:String(e.get(`period`))}),c=mn(e=>{let t=s(e),n=R(`Commitment`,{target:t.target});return!n.target&&!Number.isInteger(t.target)&&(n.target=`a whole number`),!n.target&&t.behaviour===`FOLLOW_UPS_ON_TIME`&&t.target>100&&(n.target=`a percentage: at most 100`),n},to(o)),l=c.submit(async n=>{let r=s(n),i=r.behaviour?`Commitment: ${Jo[r.behaviour]} ${r.target}`:o?.label??`Commitment`,a={target:r.target,period:r.period};if(t&&o){let e=Rn(t,a);await Ti(o,o.id,i,ji,{id:t.id,input:Ln(e),expectedVersion:t.version},{...o.draft,patch:e,was:t},{store:`commitments`,op:`patch`,id:t.id,fields:e})}else if(t)await Li(`commitments`,t,a,i);else{let t=o?.id??H(),n={id:B(t),version:0,clientID:t,behaviour:r.behaviour,target:r.target,period:r.period,leaderID:e};await Ti(o,t,i,$o,{input:{behaviour:r.behaviour,target:r.target,period:r.period}},void 0,{store:`commitments`,op:`put`,record:n})}o?G(`/pending`):t||c.ref.current?.reset()});async function u(){t&&Ca(`Commitment deleted.`,{label:`Undo`,run:await Ri(`commitments`,t,`commitment “${Jo[t.behaviour]}”`)})}let d=a?`Commit to more`:n?Jo[n]:o?.label??``;return k`<form class="card" aria-label=${a?`New commitment`:d} onSubmit=${l} onInput=${c.onInput} ref=${c.ref} novalidate>
    <h2>${d}</h2>
    ${a&&k`<label>Behaviour <select name="behaviour">${a.map(e=>k`<option value=${e}>${Jo[e]}</option>`)}</select></label>`}
    <div class="row"><label>Target <input type="number" inputmode="numeric" defaultValue=${r} ...${c.field(`target`)} />${c.error(`target`)}</label>${ts(i)}</div>
    ${c.others()}
    ${t?.pending&&k`<p><${Y} e=${t.pending} /></p>`}
    ${t?.refused&&k`<p class="error">Your change was not saved: ${t.refused.current?`it changed on another device.`:t.refused.error} <a href=${`#/pending/`+encodeURIComponent(t.refused.id)}>Resolve</a></p>`}
    <div class="actions">
      <button type="submit" class=${a?``:`secondary`}>${o?`Send again`:a?`Commit`:`Update`}</button>
      ${t&&!o&&k`<button type="button" class="link" onClick=${u}>Delete this commitment</button>`}
    </div>
  </form>`}function rs({me:e}){W();let t=[...na(ta(),`createCommitment`)].filter(e=>e.status===`attention`),n=[...U(`commitments`).values()].filter(t=>t.leaderID===e),r=Object.keys(Jo).filter(e=>!n.some(t=>t.behaviour===e));return k`<${Q} section="more">
    <h1>My commitments</h1>
    <p class="muted">What you commit to do for customers; Walker measures it from what you log.</p>
    <${ga} what="your commitments" />
    ${t.length>0&&k`<ul class="list" aria-label="Not saved">${t.map(e=>k`<li class="pending">${e.label} <${Y} e=${e} /> <a href=${`#/pending/`+encodeURIComponent(e.id)}>Fix</a></li>`)}</ul>`}
    ${n.filter(e=>e.mandateID).map(e=>k`<section class="card" aria-label=${Jo[e.behaviour]} data-testid="mandated">
      <h2>${Jo[e.behaviour]}</h2>
      <p><strong>${e.target}</strong> a ${e.period===`QUARTER`?`quarter`:`month`}: set by your organization for ${e.mandateTeam?`the `+e.mandateTeam+` team`:`everyone`}. It stays; an admin changes it.</p>
    </section>`)}
    ${n.filter(e=>!e.mandateID).map(t=>k`<${ns} key=${t.id+`:`+t.version+`:`+(t.pending?.id??``)} me=${e} c=${t} behaviour=${t.behaviour} target=${t.target} period=${t.period} />`)}
    ${r.length>0&&k`<${ns} key=${r.join()} me=${e} choices=${r} target=${es[r[0]]??1} period="MONTH" />`}
  </${Q}>`}function is({me:e,fix:t}){W();let n=t.variables.input,r=t.effect?.op===`patch`?Zi(`commitments`,t.effect.id):void 0,i=t.draft?.patch??{};return k`<${Q} section="more"><h1>Fix: a commitment</h1>
    ${t.effect?.op===`patch`&&!r?k`<p>This commitment is not there any more.</p>`:k`<${ns} me=${e} c=${r} behaviour=${r?.behaviour??n.behaviour} target=${i.target??r?.target??n.target} period=${i.period??r?.period??n.period} fix=${t} />`}
  </${Q}>`}var as=[`PROPOSED`,`DECIDED`,`IMPLEMENTED`,`REVERSED`],os=z(`
  mutation CreateDecision($input: CreateDecisionInput!) { createDecision(input: $input) { ...DecisionRow } }
`,[Gn]),ss=(e,t)=>e===`PROPOSED`?null:t??new Date().toISOString();function cs({d:e,me:t,admin:n}){async function r(t){await Li(`decisions`,e,{status:t,decidedAt:ss(t,e.decidedAt)},`${e.title}: ${J(t).toLowerCase()}`)}async function i(){Ca(`Decision deleted.`,{label:`Undo`,run:await Ri(`decisions`,e,`decision “${e.title}”`)})}let a=Vi(`decisions`,e,t,n);return k`<li class="decision" data-testid="decision">
    <strong>${e.title}</strong> <span class=${`status `+e.status.toLowerCase()}>${J(e.status)}</span> ${e.pending&&k`<${Y} e=${e.pending} />`}
    ${e.refused&&k`<p class="error">Your change was not saved: ${e.refused.current?`it changed on another device.`:e.refused.error} <a href=${`#/pending/`+encodeURIComponent(e.refused.id)}>Resolve</a></p>`}
    <p><span class="muted">For the customer:</span> ${e.customerBenefit}</p>
    ${e.context&&k`<p class="muted">${e.context}</p>`}
    <p class="muted">${$(`people`,e.ownerID,`Someone`)}${e.decidedAt?` · decided `+K(e.decidedAt):``}${e.clvImpact==null?``:` · CLV ${e.clvImpact>0?`+`:``}${e.clvImpact}`} · ${Z(e.evidenceCount,`conversation`)} as evidence</p>
    <div class="actions">
      ${a&&k`<label>Status <select value=${e.status} onChange=${e=>r(e.target.value)}>
        ${as.map(e=>k`<option value=${e}>${J(e)}</option>`)}
      </select></label>`}
      ${a&&k`<a class="button secondary" href=${`#/decisions/`+encodeURIComponent(e.id)}>Edit</a>`}
      ${Bi(`decisions`,e,t,n)&&k`<button type="button" class="link" onClick=${i}>Delete</button>`}
    </div>
  </li>`}function ls({me:e,admin:t}){let[n,r]=D(``);W();let i=na(ta(),`createDecision`).filter(e=>e.status===`attention`),a=[...U(`decisions`).values()].filter(e=>!n||e.status===n).sort((e,t)=>Date.parse(t.createdAt||``)-Date.parse(e.createdAt||``)||(e.pending?-1:0)),[o,s]=Ta(a.length);return k`<${Q} section="decisions">
    <h1>Decisions</h1>
    <a class="button big" href="#/decisions/new">Record a decision</a>
    <div class="chips" role="radiogroup" aria-label="Status">
      ${[``,...as].map(e=>k`<button type="button" role="radio" aria-checked=${n===e} class=${n===e?`chip on`:`chip`} onClick=${()=>r(e)}>${e?J(e):`All`}</button>`)}
    </div>
    ${i.length>0&&k`<ul class="list" aria-label="Not saved">${i.map(e=>k`<li class="pending" data-testid="pending-decision">${e.label} <${Y} e=${e} /> <a href=${`#/pending/`+encodeURIComponent(e.id)}>Fix</a></li>`)}</ul>`}
    <${ga} what="the decisions" />
    <p class="muted" data-testid="decision-count">${Z(a.length,`decision`)}${n?` `+J(n).toLowerCase():``}</p>
    <ul class="list">${a.slice(0,o).map(n=>k`<${cs} key=${n.id} d=${n} me=${e} admin=${t} />`)}</ul>
    ${s()}
  </${Q}>`}var us=e=>[...U(`conversations`).values()].filter(t=>t.leaderID===e&&!ar(t.id)).sort((e,t)=>Date.parse(t.occurredAt)-Date.parse(e.occurredAt));function ds({me:e,chosen:t,setChosen:n}){W();let r=us(e),[i,a]=Ta(r.length,20);return k`<fieldset><legend>Evidence: conversations</legend>
    <${ga} what="your conversations" />
    ${r.slice(0,i).map(e=>k`<label class="check"><input type="checkbox" checked=${t.includes(e.id)}
      onChange=${r=>n(r.target.checked?[...t,e.id]:t.filter(t=>t!==e.id))} />
      <span>${yo(e)} <span class="muted">· ${K(e.occurredAt)}</span></span></label>`)}
    ${a()}
    ${r.length===0&&k`<p class="muted">No conversations logged yet.</p>`}
  </fieldset>`}function fs({label:e,initial:t,choices:n,server:r,evidence:i,submitLabel:a,onSave:o}){let s=e=>{let t=String(e.get(`clvImpact`)??``).trim();return{clv:t,values:{title:L(String(e.get(`title`)??``)),customerBenefit:L(String(e.get(`customerBenefit`)??``)),context:Qa(e.get(`context`)),clvImpact:t?Number(t):null,status:String(e.get(`status`)||`PROPOSED`)}}},c=mn(e=>{let{clv:t,values:n}=s(e),r=R(`Decision`,{title:n.title,customerBenefit:n.customerBenefit,context:n.context,clvImpact:n.clvImpact});return t&&!Number.isFinite(Number(t))&&(r.clvImpact=`a number, e.g. 12000 or -500`),r},r);return k`<form onSubmit=${c.submit(e=>o(s(e).values))} onInput=${c.onInput} ref=${c.ref} aria-label=${e} novalidate>
    <label>Title <input required defaultValue=${String(t.title??``)} ...${c.field(`title`)} />${c.error(`title`)}</label>
    <label>What's in it for the customer? (required)
      <span class="muted hint" id="benefit-help">Say what the customer gains, in their terms.</span>
      <textarea rows="3" required defaultValue=${String(t.customerBenefit??``)} ...${c.field(`customerBenefit`)}></textarea>
      ${c.error(`customerBenefit`)}
    </label>
    <label>Context <textarea rows="2" defaultValue=${String(t.context??``)} ...${c.field(`context`)}></textarea>${c.error(`context`)}</label>
    <div class="row">
      <label>CLV impact <input inputmode="decimal" placeholder="e.g. 12000" defaultValue=${t.clvImpact??``} ...${c.field(`clvImpact`)} />${c.error(`clvImpact`)}</label>
      <label>Status <select name="status">${n.map(e=>k`<option value=${e} selected=${(t.status??`PROPOSED`)===e}>${J(e)}</option>`)}</select></label>
    </div>
    ${i}
    ${c.error(`evidenceIDs`)}
    ${c.others()}
    <button type="submit" class="big">${a}</button>
  </form>`}function ps({me:e,fix:t}){let n=eo(t),[r,i]=D(n.evidenceIDs??[]);async function a(i){let a=t?.id??H(),o={clientID:a,...i,evidenceIDs:r,decidedAt:ss(i.status,n.decidedAt)},s={id:B(a),version:0,clientID:a,createdAt:new Date().toISOString(),title:i.title,context:i.context,customerBenefit:i.customerBenefit,clvImpact:i.clvImpact,status:i.status,decidedAt:o.decidedAt,ownerID:e,evidenceCount:r.length};await Ti(t,a,`Decision: ${i.title}`,os,{input:o},void 0,{store:`decisions`,op:`put`,record:s}),G(t?`/pending`:`/decisions`)}return k`<${Q} section=${t?`more`:`decisions`}>
    <h1>${t?`Fix: record a decision`:`Record a decision`}</h1>
    ${t&&k`<p class="muted">The server did not take this decision. Change what it says, then send it again.</p>`}
    <${fs} label="Record a decision" initial=${n} choices=${as.slice(0,2)} server=${to(t)}
      evidence=${k`<${ds} me=${e} chosen=${r} setChosen=${i} />`} submitLabel=${t?`Send again`:`Save the decision`} onSave=${a} />
  </${Q}>`}function ms({id:e,fix:t}){W();let n=Zi(`decisions`,e);if(!n)return k`<${Q} section="decisions"><a href="#/decisions">← Decisions</a><${ga} what="the decisions" />
      ${V.meta?.state===`ready`&&k`<p>This decision is not there any more.</p>`}</${Q}>`;let r={...n,...t?.draft?.patch??{}};async function i(e){let r={...e,decidedAt:ss(e.status,n.decidedAt)};if(t){let e=Rn(n,r);await Ti(t,t.id,t.label,Ai,{id:n.id,input:Ln(e),expectedVersion:n.version},{...t.draft,patch:e,was:n},{store:`decisions`,op:`patch`,id:n.id,fields:e}),G(`/pending`)}else await Li(`decisions`,n,r,`Decision edited: ${e.title}`),G(`/decisions`)}return k`<${Q} section=${t?`more`:`decisions`}>
    <a href="#/decisions">← Decisions</a>
    <h1>${t?`Fix: edit a decision`:`Edit a decision`}</h1>
    ${n.pending&&k`<p><${Y} e=${n.pending} /> Your last change is kept on this device until the server has it.</p>`}
    <${fs} key=${n.id} label="Edit a decision" initial=${r} choices=${as} server=${to(t)}
      submitLabel=${t?`Send again`:`Save the changes`} onSave=${i} />
  </${Q}>`}var hs=[[`createConversation`,(e,t)=>k`<${po} me=${e} fix=${t} />`],[`createFollowUp`,(e,t)=>k`<${mo} me=${e} fix=${t} />`],[`createCustomer`,(e,t)=>k`<${ho} fix=${t} />`],[`createDecision`,(e,t)=>k`<${ps} me=${e} fix=${t} />`],[`updateDecision`,(e,t)=>k`<${ms} id=${String(t.variables.id)} fix=${t} />`],[`updateConversation`,(e,t)=>k`<${Eo} id=${String(t.variables.id)} fix=${t} />`],[`createNomination`,(e,t)=>k`<${Io} me=${e} fix=${t} />`],[`createEndorsement`,(e,t)=>k`<${Lo} me=${e} fix=${t} />`],[`createCommitment`,(e,t)=>k`<${is} me=${e} fix=${t} />`],[`updateCommitment`,(e,t)=>k`<${is} me=${e} fix=${t} />`]],gs={title:`Title`,context:`Context`,customerBenefit:`What's in it for the customer`,clvImpact:`CLV impact`,status:`Status`,decidedAt:`Decided on`,target:`Target`,period:`Per`,mode:`How`,occurredAt:`When`,durationMinutes:`Minutes`,heard:`What we heard`,painPoints:`Pain points`,sentiment:`How they felt`};function _s(e,t){return t==null||t===``?`(empty)`:e===`decidedAt`||e.endsWith(`At`)||e===`dueOn`?K(String(t)):e===`status`||e===`period`||e===`behaviour`||e===`mode`||e===`sentiment`?e===`behaviour`?Jo[t]??String(t):J(String(t)):String(t)}function vs({e}){let t=e.current,n=e.draft?.patch??(e.effect?.op===`patch`?e.effect.fields:{}),r=e.draft?.was??{},i=Nn(n,r,t),[a,o]=D(()=>Fn(i)),s=Pn(n,r,t,Object.keys(gs));async function c(){let n=In(i,a),r=await ci;if(Object.keys(n).length===0)await r.discard(e.id),Ca(`Nothing to send: the server already has what you chose.`);else{let i=e.effect?.op===`patch`?{...e.effect,fields:n}:e.effect;await r.retry(e.id,{...e.variables,input:Ln(n),expectedVersion:t.version},{draft:{...e.draft,patch:n,was:t},effect:i}),hi()}G(`/pending`)}let l=(e,t)=>o({...a,[e.name]:t});return k`<${Q} section="more">
    <a href="#/pending">← Waiting to sync</a>
    <h1>Resolve: ${e.label}</h1>
    <p>This changed on another device after you edited it. For each field, keep yours or take the one on the server now; nothing is sent until you choose.</p>
    <form class="conflict" aria-label="Resolve the conflict" onSubmit=${e=>(e.preventDefault(),c())}>
      ${i.map(e=>k`<fieldset class="conflict-field" data-field=${e.name}>
        <legend>${gs[e.name]??e.name}</legend>
        ${e.agreed?k`<p class="muted">The same on both: ${_s(e.name,e.mine)}</p>`:k`
          <label class="check"><input type="radio" name=${`keep-`+e.name} value="mine" checked=${a[e.name]===`mine`} onChange=${()=>l(e,`mine`)} />
            <span><strong>Yours:</strong> ${_s(e.name,e.mine)}</span></label>
          <label class="check"><input type="radio" name=${`keep-`+e.name} value="theirs" checked=${a[e.name]===`theirs`} onChange=${()=>l(e,`theirs`)} />
            <span><strong>On the server now:</strong> ${_s(e.name,e.theirs)}</span></label>
          <p class="muted hint">When you edited it: ${_s(e.name,e.was)}</p>`}
      </fieldset>`)}
      ${s.length>0&&k`<p class="muted">Also changed on the server, and kept: ${s.map(e=>`${gs[e]??e} (${_s(e,t[e])})`).join(`, `)}.</p>`}
      <div class="actions">
        <button type="button" class="secondary" onClick=${()=>o(Object.fromEntries(i.map(e=>[e.name,`mine`])))}>Keep all mine</button>
        <button type="button" class="secondary" onClick=${()=>o(Object.fromEntries(i.map(e=>[e.name,`theirs`])))}>Take all the server's</button>
      </div>
      <button type="submit" class="big">Send the result</button>
    </form>
  </${Q}>`}var ys=e=>hs.some(([t])=>na([e],t).length>0);function bs({id:e,me:t}){let[n,r]=D();if(O(()=>{ci.then(e=>e.list()).then(t=>r(t.find(t=>t.id===e)??null))},[e]),n?.current&&n.status===`attention`)return k`<${vs} e=${n} />`;let i=n&&hs.find(([e])=>na([n],e).length>0);return n&&i?i[1](t,n):k`<${Q} section="more"><h1>Fix</h1>
    ${n===void 0?k`<p class="muted">Loading…</p>`:k`<p>${n?`This change cannot be edited: send it again or discard it.`:`This change is not waiting any more.`}</p><a href="#/pending">Waiting to sync</a>`}
  </${Q}>`}function xs(){let e=ta(),t=async e=>(await(await ci).retry(e.id),void hi()),n=async e=>confirm(`Discard “${e.label}”? It will not be saved.`)&&await(await ci).discard(e.id);return k`<${Q} section="more">
    <h1>Waiting to sync</h1>
    ${e.length===0?k`<p data-testid="all-synced">Everything you did is on the server.</p>`:k`<p class="muted">Kept on this device and sent, oldest first, as soon as Walker reaches the server.</p>`}
    <button type="button" class="secondary" onClick=${()=>Ci()}>Sync now</button>
    <ul class="list">
      ${e.map(e=>k`<li data-testid="pending-item">
        <strong>${e.label}</strong> <${Y} e=${e} />
        <br /><span class="muted">${q(e.createdAt)}${e.attempts?` · ${Z(e.attempts,`attempt`)}`:``}</span>
        ${e.current&&e.status===`attention`?k`<p class="error" data-testid="conflict">Changed on another device since you edited it: choose what to keep.</p>`:e.error&&k`<p class="error">${e.error}</p>`}
        ${e.status===`attention`&&k`<div class="actions">
          ${e.current?k`<a class="button" href=${`#/pending/`+encodeURIComponent(e.id)}>Resolve</a>`:ys(e)&&k`<a class="button secondary" href=${`#/pending/`+encodeURIComponent(e.id)}>Fix</a>`}
          ${!e.current&&k`<button type="button" class="secondary" onClick=${()=>t(e)}>Send again</button>`}
          <button type="button" class="link" onClick=${()=>n(e)}>Discard</button>
        </div>`}
      </li>`)}
    </ul>
  </${Q}>`}function Ss({admin:e}){return k`<${Q} section="more">
    <h1>More</h1>
    <ul class="menu">
      <li><a href="#/wins">Wins</a></li>
      <li><a href="#/commitments">My commitments</a></li>
      <li><a href="#/reviews">Feedback reviews</a></li>
      ${e&&k`<li><a href="#/team">Team dashboard</a></li>`}
      ${e&&k`<li><a href="#/team/review">Monthly feedback review</a></li>`}
      <li><a href="#/pending">Waiting to sync</a></li>
      <li><a href="#/settings">Settings${e?`: passkeys, people, invitations, API tokens`:`: passkeys, sign out`}</a></li>
    </ul>
    <${Na} />
  </${Q}>`}function Cs({r:e,me:t,admin:n}){async function r(){Ca(`Feedback review deleted.`,{label:`Undo`,run:await Ri(`reviews`,e,`feedback review “${e.title}”`)})}return k`<li data-testid="review">
    <strong>${e.title}</strong> <span class="muted">· ${K(e.heldAt)} · hosted by ${$(`people`,e.hostID,`someone`)}</span>
    ${e.pending&&k` <${Y} e=${e.pending} />`}
    <p class="muted">${Z(e.attendeeCount,`attendee`)} · ${Z(e.conversationCount,`conversation`)} reviewed</p>
    ${e.notes&&k`<p class="text">${e.notes}</p>`}
    ${Bi(`reviews`,e,t,n)&&k`<button type="button" class="link" onClick=${r}>Delete</button>`}
  </li>`}function ws({me:e,admin:t}){W();let n=[...U(`reviews`).values()].sort((e,t)=>Date.parse(t.heldAt)-Date.parse(e.heldAt)),[r,i]=Ta(n.length);return k`<${Q} section="more">
    <h1>Feedback reviews</h1>
    <${ga} what="the feedback reviews" />
    <p class="muted">${Z(n.length,`feedback review`)}.</p>
    <ul class="list">${n.slice(0,r).map(n=>k`<${Cs} key=${n.id} r=${n} me=${e} admin=${t} />`)}</ul>
    ${i()}
  </${Q}>`}var Ts=z(`
  query Mandates { mandates(first: 50) { totalCount edges { node { id behaviour target period team commitments(first: 0) { totalCount } } } } }
`),Es=z(`mutation CreateMandate($input: CreateMandateInput!) { createMandate(input: $input) { id } }`),Ds=z(`mutation DeleteMandate($id: ID!) { deleteMandate(id: $id) }`);function Os(){let e=ea(Ts,{}),[t,n]=cc(e.reload),r=lc(e=>{let t=Number(e.get(`target`)),n=R(`Mandate`,{target:t,team:String(e.get(`team`)??``)||null});return!n.target&&!Number.isInteger(t)&&(n.target=`a whole number`),n},async e=>{let t=L(String(e.get(`team`)??``))||null;return await I(Es,{input:{behaviour:String(e.get(`behaviour`)),target:Number(e.get(`target`)),period:String(e.get(`period`)),team:t}}),t?`Mandated for the ${t} team.`:`Mandated for everyone.`},e.reload),i=e.data?.mandates.edges?.flatMap(e=>e?.node?[e.node]:[])??[],{form:a}=r;return k`<section class="card" aria-label="Mandated commitments">
    <h2>Mandated commitments</h2>
    <p class="muted">Set a commitment for everyone, or for a team: each person it applies to sees it among theirs and cannot remove it. People added later get it too.</p>
    <${ma} r=${e} what="the mandates" />
    <ul class="list">${i.map(e=>k`<li data-testid="mandate"><strong>${Jo[e.behaviour]}: ${e.target} a ${e.period===`QUARTER`?`quarter`:`month`}</strong>
      <span class="muted"> · ${e.team?`the `+e.team+` team`:`everyone`} · ${Z(e.commitments.totalCount,`person`,`people`)}</span>
      <button type="button" class="link" onClick=${()=>n(()=>I(Ds,{id:e.id}),`Mandate removed.`)}>Remove</button></li>`)}</ul>
    <form onSubmit=${r.submit} onInput=${a.onInput} ref=${a.ref} aria-label="New mandate" novalidate>
      <label>Behaviour <select name="behaviour">${Object.keys(Jo).map(e=>k`<option value=${e}>${Jo[e]}</option>`)}</select></label>
      <div class="row">
        <label>Target <input type="number" inputmode="numeric" defaultValue="5" ...${a.field(`target`)} />${a.error(`target`)}</label>
        <label>Per <select name="period"><option value="MONTH">Month</option><option value="QUARTER">Quarter</option></select></label>
      </div>
      <label>Team (optional: empty for everyone) <input autocomplete="off" ...${a.field(`team`)} />${a.error(`team`)}</label>
      ${a.others()}
      <button type="submit">Mandate it</button>
      ${(r.msg||t)&&k`<p role="status">${r.msg||t}</p>`}
    </form>
  </section>`}var ks=z(`query Reminders { reminders { publicKey maxDevices devices { id endpoint weekday hour timeZone lastSentAt } } }`),As=z(`mutation SubscribeToReminders($input: SubscribeToRemindersInput!) { subscribeToReminders(input: $input) { id } }`),js=z(`mutation UnsubscribeFromReminders($endpoint: String!) { unsubscribeFromReminders(endpoint: $endpoint) }`),Ms=[`MONDAY`,`TUESDAY`,`WEDNESDAY`,`THURSDAY`,`FRIDAY`,`SATURDAY`,`SUNDAY`],Ns=e=>e?e.charAt(0)+e.slice(1).toLowerCase()+`s`:`Every day`,Ps=e=>`${String(e).padStart(2,`0`)}:00`;function Fs(){return(/iphone|ipad|ipod/i.test(navigator.userAgent)||navigator.platform===`MacIntel`&&navigator.maxTouchPoints>1)&&!Ma()?`ios`:`serviceWorker`in navigator&&`PushManager`in window&&`Notification`in window?`ok`:`none`}function Is(e){let t=e.replace(/-/g,`+`).replace(/_/g,`/`)+`=`.repeat((4-e.length%4)%4),n=atob(t),r=new Uint8Array(new ArrayBuffer(n.length));for(let e=0;e<n.length;e++)r[e]=n.charCodeAt(e);return r}async function Ls(){return(await navigator.serviceWorker.ready).pushManager}function Rs(){let e=Fs(),t=ea(ks,{}),[n,r]=D(void 0),[i,a]=D(``),[o,s]=D(9),[c,l]=D(``),[u,d]=D(!1);O(()=>{e===`ok`&&Ls().then(e=>e.getSubscription()).then(r,()=>r(null))},[]);let f=t.data?.reminders,p=f&&n?f.devices.find(e=>e.endpoint===n.endpoint):void 0;if(O(()=>{p&&(a(p.weekday??``),s(p.hour))},[p?.id]),e===`ios`)return k`<section class="card" aria-label="Reminders" data-testid="reminders">
      <h2>Reminders</h2>
      <p data-testid="reminders-ios">On iPhone and iPad, reminders need Walker added to the Home Screen: in Safari, tap <strong>Share</strong>, then <strong>Add to Home Screen</strong>, and open Walker from there.</p></section>`;if(e===`none`)return k`<section class="card" aria-label="Reminders" data-testid="reminders">
      <h2>Reminders</h2><p data-testid="reminders-unsupported">This browser cannot get reminders (it has no Web Push).</p></section>`;let m=Intl.DateTimeFormat().resolvedOptions().timeZone;async function h(e){d(!0),l(``);try{l(await e()),t.reload()}catch(e){l(e instanceof Error?e.message:String(e))}finally{d(!1)}}let g=e=>{let t=e.toJSON().keys??{};return I(As,{input:{endpoint:e.endpoint,p256dh:t.p256dh??``,auth:t.auth??``,weekday:i||null,hour:o,timeZone:m}})},_=()=>h(async()=>{if(await Notification.requestPermission()!==`granted`)return`Notifications are blocked for Walker: allow them in the browser's settings for this site, then try again.`;let e=await Ls(),t=await e.getSubscription()??await e.subscribe({userVisibleOnly:!0,applicationServerKey:Is(f.publicKey)});try{await g(t)}catch(n){if(!(n instanceof Tt&&n.code===`CONFLICT`&&n.message.includes(`another person`)))throw n;await t.unsubscribe(),t=await e.subscribe({userVisibleOnly:!0,applicationServerKey:Is(f.publicKey)}),await g(t)}return r(t),`Reminders on: ${Ns(i||null).toLowerCase()} at ${Ps(o)}.`}),v=()=>h(async()=>(await g(n),`Reminders now come ${Ns(i||null).toLowerCase()} at ${Ps(o)}.`)),y=()=>h(async()=>(await I(js,{endpoint:n.endpoint}),await n.unsubscribe(),r(null),`Reminders off for this device.`)),b=f?f.devices.length-+!!p:0;return k`<section class="card" aria-label="Reminders" data-testid="reminders">
    <h2>Reminders</h2>
    <p>Walker can remind you on this device when a commitment falls behind, when follow-ups are due tomorrow${` `}and, for admins, when nominations wait for approval.</p>
    <${ma} r=${t} what="your reminders" />
    ${f&&k`
      <p data-testid="reminders-state">${p?`On for this device: ${Ns(p.weekday).toLowerCase()} at ${Ps(p.hour)} (${p.timeZone}).`:`Off for this device.`}${b>0?` ${b} other ${b===1?`device gets`:`devices get`} them.`:``}</p>
      <label>Day <select value=${i} onChange=${e=>a(e.target.value)}>
        <option value="">Every day</option>
        ${Ms.map(e=>k`<option value=${e}>${Ns(e).slice(0,-1)}</option>`)}
      </select></label>
      <label>Hour <select value=${String(o)} onChange=${e=>s(Number(e.target.value))}>
        ${Array.from({length:24},(e,t)=>k`<option value=${String(t)}>${Ps(t)}</option>`)}
      </select></label>
      <p class="muted">In your time zone, ${m}.</p>
      <div class="actions">
        ${p?k`<button type="button" disabled=${u} onClick=${v}>Save</button>
            <button type="button" class="secondary" disabled=${u} onClick=${y}>Turn off for this device</button>`:k`<button type="button" disabled=${u||n===void 0} onClick=${_}>Turn on for this device</button>`}
      </div>`}
    ${c&&k`<p role="status">${c}</p>`}
  </section>`}var zs=z(`
  query WebhookEndpoints($after: Cursor) {
    webhookEndpoints(first: 20, after: $after, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id url description changeTypes enabled disabledReason
        delivery { attempts failingSince nextAttemptAt }
        deliveries(last: 5) { edges { node { id eventType kind status responseStatus error createdAt } } } } }
    }
  }
`),Bs=z(`query WebhookEventTypes { webhookEventTypes { name description } }`),Vs=z(`mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }`),Hs=z(`mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(id: $id, input: $input) { id } }`),Us=z(`mutation DeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) }`),Ws=z(`mutation RotateWebhookSecret($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`),Gs=z(`mutation SendTestWebhook($id: ID!) { sendTestWebhook(endpointID: $id) { id } }`),Ks=z(`mutation RedeliverWebhook($id: ID!) { redeliverWebhook(deliveryID: $id) { id } }`);function qs(e){return e.enabled?e.delivery.failingSince?`Failing since ${q(e.delivery.failingSince)} (${X(e.delivery.attempts)} attempts)`+(e.delivery.nextAttemptAt?`; next try ${q(e.delivery.nextAttemptAt)}.`:`.`):`Active: every change is delivered.`:e.disabledReason?`Disabled by Walker: ${e.disabledReason}.`:`Paused.`}function Js(){let e=Ea(zs,{},e=>e.webhookEndpoints),t=ea(Bs,{}),[n,r]=cc(e.reload),[i,a]=D(``),o=lc(e=>R(`WebhookEndpoint`,{url:String(e.get(`url`)??``),description:String(e.get(`description`)??``)}),async e=>{let t=e.getAll(`changeTypes`).map(String),n=L(String(e.get(`description`)??``)),r=await I(Vs,{input:{url:L(String(e.get(`url`))),description:n||void 0,changeTypes:t}});return a(r.createWebhookEndpoint.secret),`Endpoint added: it receives the changes made from now on.`},e.reload),s=o.form,c=(t.data?.webhookEventTypes??[]).filter(e=>e.name.endsWith(`.*`));return k`<form class="card" aria-label="Webhooks" onSubmit=${o.submit} onInput=${s.onInput} ref=${s.ref} novalidate>
    <h2>Webhooks</h2>
    <p class="muted">Walker sends every change, signed (Standard Webhooks), to these addresses, in order, retrying until it is delivered.</p>
    <label>URL <input type="url" required placeholder="https://…" autocomplete="off" ...${s.field(`url`)} />${s.error(`url`)}</label>
    <label>Description <input placeholder="e.g. CRM sync" ...${s.field(`description`)} />${s.error(`description`)}</label>
    <fieldset data-testid="webhook-types">
      <legend>What it receives (none chosen: every change)</legend>
      ${t.data?c.map(e=>k`<label class="check"><input type="checkbox" value=${e.name} ...${s.field(`changeTypes`)} />
        <span><code>${e.name}</code> <span class="hint muted">${e.description}</span></span></label>`):k`<${ma} r=${t} what="the event types" />`}
      ${s.error(`changeTypes`)}
    </fieldset>
    ${s.others()}
    <button type="submit">Add endpoint</button>
    ${o.msg&&k`<p role="status">${o.msg}</p>`}
    ${i&&k`<div class="secret" role="status"><strong>Signing secret (shown only now: copy it)</strong><code data-testid="webhook-secret">${i}</code>
      <button type="button" class="secondary" onClick=${()=>navigator.clipboard?.writeText(i)}>Copy</button></div>`}
    <${Da} p=${e} what="the webhook endpoints" count=${(e,t)=>`${Z(t,`endpoint`)}${t>e?`, ${X(e)} shown`:``}.`} />
    <ul class="list">${e.items.map(e=>k`<li data-testid="webhook">
      <strong>${e.url}</strong>${e.description&&k` <span class="muted">${e.description}</span>`}
      <p data-testid="webhook-state" class=${e.enabled&&!e.delivery.failingSince?`muted`:`field-error`}>${qs(e)}</p>
      <p class="muted">${e.changeTypes?.length?e.changeTypes.join(`, `):`Every change`}</p>
      <ul class="list">${(e.deliveries.edges??[]).flatMap(e=>e?.node?[e.node]:[]).map(e=>k`<li data-testid="webhook-delivery">${e.eventType}
        <span class="muted">${e.status===`SUCCEEDED`?`delivered`:e.status===`PENDING`?`waiting`:`failed`}${e.responseStatus?` (${e.responseStatus})`:``}${e.error?`: ${e.error}`:``} · ${q(e.createdAt)}</span>
        ${e.status!==`PENDING`&&k`<button type="button" class="link" onClick=${()=>r(()=>I(Ks,{id:e.id}),`Sent again.`)}>Send again</button>`}</li>`)}</ul>
      <button type="button" class="link" onClick=${()=>r(()=>I(Gs,{id:e.id}),`Test event sent.`)}>Send a test event</button>
      <button type="button" class="link" onClick=${()=>r(()=>I(Hs,{id:e.id,input:{enabled:!e.enabled}}),e.enabled?`Paused.`:`Resumed: it goes on from where it stopped.`)}>${e.enabled?`Pause`:e.disabledReason?`Enable again`:`Resume`}</button>
      <button type="button" class="link" onClick=${()=>r(async()=>a((await I(Ws,{id:e.id})).rotateWebhookSecret.secret),`New secret: the old one signs too for 24 hours.`)}>New secret</button>
      <button type="button" class="link" onClick=${()=>r(()=>I(Us,{id:e.id}),`Endpoint removed.`)}>Remove</button>
    </li>`)}</ul>
    <${Oa} p=${e} />
    ${n&&k`<p role="status">${n}</p>`}
  </form>`}var Ys=z(`
  query Passkeys($after: Cursor) { viewer { id passkeys(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name createdAt lastUsedAt synced } } } } }
`),Xs=z(`mutation RenamePasskey($id: ID!, $name: String!) { renamePasskey(id: $id, name: $name) { id } }`),Zs=z(`mutation DeletePasskey($id: ID!) { deletePasskey(id: $id) }`),Qs=z(`
  query Invitations($after: Cursor) {
    invitations(first: 50, after: $after, where: { usedAtIsNil: true, revokedAtIsNil: true }, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id email role expiresAt } }
    }
  }
`),$s=z(`
  query Tokens($after: Cursor) {
    apiTokens(first: 50, after: $after, where: { revokedAtIsNil: true }, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id name prefix scope scopes expiresAt lastUsedAt } }
    }
  }
`),ec=z(`mutation Invite($input: CreateInvitationInput!) { createInvitation(input: $input) { url } }`),tc=z(`mutation RevokeInvitation($id: ID!) { revokeInvitation(id: $id) { id } }`),nc=z(`mutation RevokeAccess($id: ID!) { revokeAccess(leaderID: $id) { id } }`),rc=z(`mutation RenameOrganization($name: String!) { updateOrganization(input: { name: $name }) { id name } }`),ic=z(`query Backups { backups { database everySeconds keep nextAt files { name bytes madeAt } } }`),ac=z(`query TokenScopes { tokenScopes { name description inRead inReadWrite } }`),oc=z(`mutation CreateToken($input: CreateAPITokenInput!) { createAPIToken(input: $input) { token } }`),sc=z(`mutation RevokeToken($id: ID!) { revokeAPIToken(id: $id) { id } }`);function cc(e){let[t,n]=D(``);return[t,async(t,r=`Done.`)=>{try{await t(),n(r),e()}catch(e){n(e instanceof Error?e.message:String(e))}}]}function lc(e,t,n){let[r,i]=D(``),a=mn(e);return{form:a,submit:a.submit(async e=>{i(``);try{i(await t(e)),n()}catch(e){a.refuse(fn(e))}}),msg:r}}function uc({p:e,many:t,reload:n}){let[r,i]=cc(n),a=lc(e=>R(`Passkey`,{name:String(e.get(`name`)??``)}),async t=>(await I(Xs,{id:e.id,name:L(String(t.get(`name`)))}),`Passkey renamed.`),n),{form:o}=a;return k`<li>
    <form class="inline" onSubmit=${a.submit} onInput=${o.onInput} ref=${o.ref} aria-label=${`Passkey `+e.name} novalidate>
      <label>Name <input defaultValue=${e.name} ...${o.field(`name`)} />${o.error(`name`)}</label>
      <span class="muted">${e.synced?`Synced`:`This device only`} · added ${K(e.createdAt)}${e.lastUsedAt?` · used `+K(e.lastUsedAt):``}</span>
      ${o.others()}
      <div class="actions"><button type="submit" class="secondary">Rename</button>
      ${t&&k`<button type="button" class="link" onClick=${()=>confirm(`Delete this passkey?`)&&i(()=>I(Zs,{id:e.id}),`Passkey deleted.`)}>Delete</button>`}</div>
      ${(a.msg||r)&&k`<p role="status">${a.msg||r}</p>`}
    </form></li>`}function dc({me:e}){let[t,n]=D(``),[r,i]=cc(()=>void Ci());W();let a=Va(t,1e7),[o,s]=Ta(a.total),c=e=>confirm(`Revoke ${e.name}'s access now?`)&&i(()=>I(nc,{id:e.id}),`Access revoked: ${e.name}.`);return k`<section class="card" aria-label="People">
    <h2>People</h2>
    <${ga} what="the people" />
    <label>Find a person <input type="search" value=${t} onInput=${e=>n(e.target.value)} placeholder="Name, email or team" /></label>
    <p class="muted" data-testid="people-count">${t.trim()?`${X(a.total)} found`:`${X(a.total)} people`}${a.total>o?`, ${X(o)} shown`:``}.</p>
    <ul class="list">${a.items.slice(0,o).map(t=>k`<li data-testid="person">${t.name} <span class="muted">${t.email} · ${J(t.role)}${t.deactivatedAt?` · no access`:``}</span>
      ${!t.deactivatedAt&&t.id!==e&&k` <button type="button" class="link" onClick=${()=>c(t)}>Revoke access</button>`}</li>`)}</ul>
    ${s()}
    ${r&&k`<p role="status">${r}</p>`}
  </section>`}var fc=e=>e.endsWith(`:write`)?e.slice(0,-6)+`:read`:null,pc=(e,t)=>e.size===t.length&&t.every(t=>e.has(t));function mc({scopes:e,chosen:t,setChosen:n,form:r}){let i=e.filter(e=>e.inRead).map(e=>e.name),a=e.filter(e=>e.inReadWrite).map(e=>e.name),o=(r,i)=>{let a=new Set(t);if(i){a.add(r);let t=fc(r);t&&e.some(e=>e.name===t)&&a.add(t)}else{a.delete(r);for(let t of e)fc(t.name)===r&&a.delete(t.name)}n(a)},s=(e,r)=>k`<button type="button" class="chip" aria-pressed=${pc(t,r)?`true`:`false`} onClick=${()=>n(new Set(r))}>${e}</button>`;return k`<fieldset data-testid="token-scopes">
    <legend>What the token may do</legend>
    <div class="chips" role="group" aria-label="Quick choices">
      ${s(`Read everything`,i)}${s(`Read and write everything`,a)}
      <button type="button" class="chip" onClick=${()=>n(new Set)}>None</button>
    </div>
    <p class="muted found" aria-live="polite">${X(t.size)} of ${X(e.length)} chosen${pc(t,i)?` (Read)`:pc(t,a)?` (Read and write)`:``}.</p>
    ${e.map(e=>k`<label class="check"><input type="checkbox" value=${e.name} checked=${t.has(e.name)}
      onInput=${t=>o(e.name,t.target.checked)} ...${r.field(`scopes`)} />
      <span><code>${e.name}</code> <span class="hint muted">${e.description}</span></span></label>`)}
    ${r.error(`scopes`)}
  </fieldset>`}var hc=e=>e.scope===`READ`?`Read everything`:e.scope===`READ_WRITE`?`Read and write everything`:(e.scopes??[]).join(`, `)||`nothing`;function gc({org:e,renamed:t}){let n=lc(e=>R(`Organization`,{name:String(e.get(`name`)??``)}),async e=>(t((await I(rc,{name:L(String(e.get(`name`)))})).updateOrganization.name),`Organization renamed.`),()=>{}),{form:r}=n;return k`<form class="card" aria-label="Organization" onSubmit=${n.submit} onInput=${r.onInput} ref=${r.ref} novalidate>
    <h2>Organization</h2>
    <label>Name <input required autocomplete="organization" defaultValue=${e} ...${r.field(`name`)} />${r.error(`name`)}</label>
    ${r.others()}
    <button type="submit">Rename</button>
    ${n.msg&&k`<p role="status">${n.msg}</p>`}
  </form>`}function _c({me:e}){let t=Ea(Qs,{},e=>e.invitations),n=Ea($s,{},e=>e.apiTokens),r=()=>(t.reload(),n.reload()),[i,a]=cc(r),[o,s]=D(null),c=lc(e=>R(`Invitation`,{email:String(e.get(`email`)??``)}),async e=>{let t=await I(ec,{input:{email:L(String(e.get(`email`))),role:String(e.get(`role`))}});return s({kind:`Invitation link (send it to them; valid 7 days, once)`,value:t.createInvitation.url}),`Invitation created.`},r),l=ea(ac,{}),[u,d]=D(new Set),f=lc(e=>{let t=R(`APIToken`,{name:String(e.get(`name`)??``)}),n=Number(e.get(`expiresInDays`));return(!Number.isInteger(n)||n<1||n>730)&&(t.expiresInDays=`must be between 1 and 730`),e.getAll(`scopes`).length||(t.scopes=`choose at least one scope`),t},async e=>{let t=e.getAll(`scopes`).map(String),n=await I(oc,{input:{name:L(String(e.get(`name`))),scopes:t,expiresInDays:Number(e.get(`expiresInDays`))}});return s({kind:`API token (shown only now: copy it)`,value:n.createAPIToken.token}),d(new Set),`Token created.`},r),p=c.form,m=f.form;return k`<${dc} me=${e} />
    <form class="card" aria-label="Invite a person" onSubmit=${c.submit} onInput=${p.onInput} ref=${p.ref} novalidate>
      <h2>Invite a person</h2>
      <label>Email <input type="email" required autocomplete="off" ...${p.field(`email`)} />${p.error(`email`)}</label>
      <label>Role <select name="role"><option value="LEADER">Leader</option><option value="MEMBER">Member</option><option value="ADMIN">Admin</option></select></label>
      ${p.others()}
      <button type="submit">Create invitation link</button>
      ${c.msg&&k`<p role="status">${c.msg}</p>`}
      <${Da} p=${t} what="the invitations" count=${(e,t)=>`${Z(t,`open invitation`)}${t>e?`, ${X(e)} shown`:``}.`} />
      <ul class="list">${t.items.map(e=>k`<li>${e.email??`setup link`} <span class="muted">${J(e.role)} · until ${K(e.expiresAt)}</span>
        <button type="button" class="link" onClick=${()=>a(()=>I(tc,{id:e.id}),`Invitation revoked.`)}>Revoke</button></li>`)}</ul>
      <${Oa} p=${t} />
    </form>
    <form class="card" aria-label="Integrator API tokens" onSubmit=${f.submit} onInput=${m.onInput} ref=${m.ref} novalidate>
      <h2>Integrator API tokens</h2>
      <label>Name <input required placeholder="e.g. BI export" ...${m.field(`name`)} />${m.error(`name`)}</label>
      <label>Days valid <input type="number" min="1" max="730" defaultValue="90" ...${m.field(`expiresInDays`)} />${m.error(`expiresInDays`)}</label>
      ${l.data?k`<${mc} scopes=${l.data.tokenScopes} chosen=${u} setChosen=${d} form=${m} />`:k`<${ma} r=${l} what="the scopes a token can have" />`}
      ${m.others()}
      <button type="submit">Create token</button>
      ${f.msg&&k`<p role="status">${f.msg}</p>`}
      <${Da} p=${n} what="the API tokens" count=${(e,t)=>`${Z(t,`token`)}${t>e?`, ${X(e)} shown`:``}.`} />
      <ul class="list">${n.items.map(e=>k`<li data-testid="token">${e.name} <span class="muted">${e.prefix}…${e.expiresAt?` · until `+K(e.expiresAt):``}${e.lastUsedAt?` · used `+K(e.lastUsedAt):``}</span>
        <span class="scopes" data-testid="token-scopes-shown"><span class="sr-only">May: </span>${hc(e)}</span>
        <button type="button" class="link" onClick=${()=>a(()=>I(sc,{id:e.id}),`Token revoked.`)}>Revoke</button></li>`)}</ul>
      <${Oa} p=${n} />
    </form>
    ${o&&k`<div class="card secret" role="status"><strong>${o.kind}</strong><code data-testid="secret">${o.value}</code>
      <button type="button" class="secondary" onClick=${()=>navigator.clipboard?.writeText(o.value)}>Copy</button></div>`}
    ${i&&k`<p role="status">${i}</p>`}`}var vc=e=>e===void 0?`?`:(e/1e6).toFixed(1)+` MB`;function yc(e,t=Date.now()){let n=Math.max(0,Math.round((t-new Date(e).getTime())/1e3)),r=(e,t)=>`${e} ${t}${e===1?``:`s`} ago`;return n<90?r(n,`second`):n<5400?r(Math.round(n/60),`minute`):n<129600?r(Math.round(n/3600),`hour`):r(Math.round(n/86400),`day`)}var bc=e=>e%86400==0?Z(e/86400,`day`):e%3600==0?Z(e/3600,`hour`):Z(Math.round(e/60),`minute`);function xc(){let e=ea(ic,{}),t=e.data?.backups;return k`<section class="card" aria-label="Backups" data-testid="backups">
    <h2>Backups</h2>
    <${ma} r=${e} what="the backups" />
    ${t&&t.database===`POSTGRESQL`&&k`<p>Walker runs on PostgreSQL: its backups are pg_dump's job (see the operations guide).</p>`}
    ${t&&t.database===`SQLITE`&&k`<p data-testid="backup-schedule">${t.everySeconds?`A backup is made every ${bc(t.everySeconds)}; the newest ${t.keep} are kept.${t.nextAt?` Next: ${q(t.nextAt)}.`:``}`:`No backups are scheduled (WALKER_BACKUP_EVERY). walker backup makes one at any time.`}</p>
      ${t.files.length===0?k`<p class="muted">No backups yet.</p>`:k`<ul class="list">${t.files.map(e=>k`<li data-testid="backup">${e.name} <span class="muted">${vc(e.bytes)} · ${yc(e.madeAt)}</span></li>`)}</ul>`}`}
  </section>`}function Sc(){W();let[e,t]=D(null),[n,r]=D(0);O(()=>{(async()=>{let e=await navigator.storage?.estimate?.().catch(()=>void 0);t({usage:e?.usage,quota:e?.quota,persisted:await navigator.storage?.persisted?.().catch(()=>!1)??!1})})()},[V.rev,n]);let i=V.meta,a=V.counts(),o=[[`customers`,a.customers],[`people`,a.people],[`conversations`,a.conversations],[`follow-ups`,a.followUps],[`decisions`,a.decisions],[`nominations`,a.nominations],[`endorsements`,a.endorsements],[`feedback reviews`,a.reviews],[`commitments`,a.commitments]];return k`<section class="card" aria-label="This device" data-testid="storage">
    <h2>This device</h2>
    <p data-testid="storage-use">Walker keeps ${vc(e?.usage)} on this device${e?.quota?` (the browser allows ${vc(e.quota)})`:``}.
      ${e&&(e.persisted?` The browser keeps it for good.`:` The browser may clear it when space runs out; Walker then gets it again.`)}</p>
    ${!e?.persisted&&k`<button type="button" class="secondary" onClick=${async()=>(await Ei(),r(n+1))}>Keep Walker's data on this device</button>`}
    ${Qi()&&i&&k`<p class="muted" data-testid="replica-counts">${o.map(([e,t])=>`${X(t)} ${e}`).join(`, `)}.</p>
      <p class="muted">Filled in ${(i.fillMs/1e3).toFixed(1)} s on ${q(i.filledAt)}; up to date as of ${q(i.syncedAt)}${i.pulled.changes?` (${X(i.pulled.changes)} changes in ${i.pulled.ms} ms)`:``}.</p>`}
  </section>`}function Cc({me:e,admin:t,email:n,org:r,signOut:i,renamed:a}){let o=Ea(Ys,{},e=>e.viewer.passkeys),[s,c]=cc(o.reload);return k`<${Q} section="more">
    <h1>Settings</h1>
    <p data-testid="account">Signed in to <strong>${r}</strong> as ${n}.</p>
    <section class="card" aria-label="My passkeys">
      <h2>My passkeys</h2>
      <${Da} p=${o} what="your passkeys" count=${(e,t)=>`${Z(t,`passkey`)}${t>e?`, ${X(e)} shown`:``}.`} />
      <ul class="list">${o.items.map(e=>k`<${uc} key=${e.id} p=${e} many=${o.total>1} reload=${o.reload} />`)}</ul>
      <${Oa} p=${o} />
      <button type="button" class="secondary" onClick=${()=>c(()=>xt({invitation:``,name:``,email:``,passkeyName:`Another device`}),`Passkey added.`)}>Add a passkey</button>
      ${s&&k`<p role="status">${s}</p>`}
    </section>
    <div class="card">
      <button type="button" class="secondary" onClick=${()=>i(!1)}>Sign out</button>
      <button type="button" class="secondary" onClick=${()=>i(!0)}>Sign out everywhere</button>
    </div>
    <${Rs} />
    <${Sc} />
    ${t&&k`<${gc} org=${r} renamed=${a} />`}
    ${t&&k`<${_c} me=${e} />`}
    ${t&&k`<${Os} />`}
    ${t&&k`<${Js} />`}
    ${t&&k`<${xc} />`}
  </${Q}>`}var wc=z(`
  query Team($p: String!, $team: String) {
    dashboard(period: $p, team: $team) {
      leaders walkers notYetWalkers withoutCommitments leadersByPace { pace leaders } customersMet conversations openFollowUps overdueFollowUps champions openNominations
      decisionsByStatus { status count }
      customersMetByMonth { period count }
    }
  }
`),Tc=z(`
  query TeamLeaders($p: String!, $where: LeaderWhereInput, $after: Cursor) {
    leaders(first: 50, after: $after, where: $where, orderBy: [{ field: NAME, direction: ASC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name month(period: $p) { customersMet conversations walker commitments { met } } } }
    }
  }
`),Ec=z(`
  query MonthConversations($from: Time!, $to: Time!, $after: Cursor) {
    conversations(first: 100, after: $after, where: { occurredAtGTE: $from, occurredAtLT: $to }, orderBy: [{ field: OCCURRED_AT, direction: ASC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...ConversationRow } }
    }
  }
`,[Hn]),Dc=z(`
  query OpenFollowUps($after: Cursor) {
    followUps(first: 100, after: $after, where: { doneAtIsNil: true }, orderBy: [{ field: DUE_ON, direction: ASC }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id action dueOn owner { name } conversation { customers(first: 3) { edges { node { name } } } } } }
    }
  }
`);function Oc({p:e,team:t}){let[n,r]=D(``),i=Ea(Tc,{p:e,where:{deactivatedAtIsNil:!0,...n.trim()?{nameContainsFold:n.trim()}:{},...t?{teamEqualFold:t}:{}}},e=>e.leaders);return k`<section class="card" aria-label="Per leader"><h2>Per leader</h2>
    <label>Find a leader <input type="search" value=${n} onInput=${e=>r(e.target.value)} placeholder="Name" /></label>
    <${Da} p=${i} what="the leaders" count=${(e,t)=>`${X(e)} of ${X(t)} leaders shown.`} />
    <table class="grid"><thead><tr><th scope="col">Leader</th><th scope="col">Customers</th><th scope="col">Commitments</th></tr></thead>
      <tbody>${i.items.map(e=>{let t=e.month.commitments.filter(e=>e.met).length;return k`<tr><td>${e.name}</td><td>${e.month.customersMet}</td><td>${e.month.commitments.length===0?`none`:`${t} of ${e.month.commitments.length}${e.month.walker?` · walker`:``}`}</td></tr>`})}</tbody></table>
    <${Oa} p=${i} label="Show more leaders" />
  </section>`}function kc(){let[e,t]=D(da()),[n,r]=D(``);W();let i=[...new Set([...U(`people`).values()].flatMap(e=>e.team&&!e.deactivatedAt?[e.team]:[]))].sort(),a=ea(wc,{p:e,team:n||null}),o=a.data?.dashboard;return k`<${Q} section="more">
    <h1>Team</h1>
    <div class="row">
      <label>Month <input type="month" value=${e} onInput=${e=>e.target.value&&t(e.target.value)} /></label>
      <label>Team <select value=${n} onChange=${e=>r(e.target.value)} data-testid="team-filter">
        <option value="">Everyone</option>${i.map(e=>k`<option value=${e}>${e}</option>`)}</select></label>
    </div>
    <${ma} r=${a} what=${`the team dashboard`} />
    ${o&&k`
      <section class="card" aria-label="Walkers">
        <ul class="stats">
          <li data-testid="walkers"><strong>${o.walkers}</strong> walkers</li>
          <li><strong>${o.notYetWalkers}</strong> not yet</li>
          <li><strong>${o.withoutCommitments}</strong> without commitments</li>
          ${o.leadersByPace.length>0&&k`<li data-testid="team-pace">${o.leadersByPace.map((e,t)=>k`${t>0?`, `:``}<strong>${e.leaders}</strong> ${oa[e.pace]}`)}</li>`}
          <li data-testid="team-customers"><strong>${o.customersMet}</strong> customers met in ${o.conversations} conversations</li>
          <li><strong>${o.openFollowUps}</strong> open follow-ups, <strong>${o.overdueFollowUps}</strong> overdue</li>
          <li data-testid="team-champions"><strong>${X(o.champions)}</strong> ${o.champions===1?`champion`:`champions`}, ${Z(o.openNominations,`open nomination`)}</li>
        </ul>
      </section>
      <section class="card"><h2>Customers met, 12 months</h2><${ka} series=${o.customersMetByMonth} label="Customers met per month, the last 12 months" /></section>
      <section class="card"><h2>Decisions this month</h2>
        <ul class="stats">${o.decisionsByStatus.map(e=>k`<li><strong>${e.count}</strong> ${J(e.status).toLowerCase()}</li>`)}</ul>
      </section>
      <${Oc} p=${e} team=${n} />
      <a class="button big" href=${`#/team/review?p=`+e}>Monthly feedback review</a>`}
  </${Q}>`}function Ac(e){W();let t=new Date(e+`-01T00:00:00Z`),n=new Date(Date.UTC(t.getUTCFullYear(),t.getUTCMonth()+1,1)),r=Qi()&&t.getTime()>=Date.parse(lr(Date.now()).everyone),[i,a]=D({convs:[],total:0,asOf:null,error:``}),[o,s]=D(0);O(()=>{if(r)return;let e=!0;return(async()=>{let r=[],i=null;for(;;){let o=await un(Ec,{from:t.toISOString(),to:n.toISOString(),after:i});if(o.data.conversations.edges?.forEach(e=>e?.node&&r.push(rr(`conversations`,e.node))),!e)return;if(a({convs:[...r],total:o.data.conversations.totalCount,asOf:o.asOf,error:``}),!o.data.conversations.pageInfo.hasNextPage)break;i=o.data.conversations.pageInfo.endCursor??null}})().catch(t=>e&&a({convs:[],total:0,asOf:null,error:String(t.message??t)})),()=>{e=!1}},[e,o,r]);let c=()=>(a({convs:[],total:0,asOf:null,error:``}),s(e=>e+1));if(!r)return{...i,retry:c,local:r};let l=[...U(`conversations`).values()].filter(e=>Date.parse(e.occurredAt)>=t.getTime()&&Date.parse(e.occurredAt)<n.getTime()).sort((e,t)=>Date.parse(e.occurredAt)-Date.parse(t.occurredAt));return{convs:l,total:l.length,asOf:null,error:``,retry:c,local:r}}function jc({p:e,org:t}){let n=Ac(e),r=Ea(Dc,{},e=>e.followUps),i=e=>{let t=new Map;for(let r of n.convs)for(let n of e(r))t.set(n,[...t.get(n)??[],r]);return[...t.entries()].sort((e,t)=>t[1].length-e[1].length||Pa(e[0]).localeCompare(Pa(t[0])))},a=i(e=>e.customerIDs.map(e=>$(`customers`,e,`A customer`))),o=i(e=>[...new Set(e.customerIDs.map(e=>U(`customers`).get(e)?.segment||`No segment`))]),s=e=>k`<li><span class="muted">${K(e.occurredAt)} · ${J(e.mode)} · ${$(`people`,e.leaderID,`someone`)}${e.sentiment?` · `+J(e.sentiment):``}</span>
    ${e.heard&&k`<p class="text">“${e.heard}”</p>`}${e.painPoints&&k`<p class="text"><em>Pain points:</em> ${e.painPoints}</p>`}</li>`;return k`<${Q} section="more">
    <div class="noprint"><a href="#/team">← Team</a></div>
    <h1>Feedback review, ${la(e)}</h1>
    <p data-testid="review-heading">${t} · ${la(e)} · printed ${K(new Date().toISOString())}</p>
    ${n.local&&k`<${ga} what="the month's conversations" />`}
    ${n.error&&k`<${fa} what="the month's conversations" error=${n.error} retry=${n.retry} />`}
    ${n.asOf&&k`<p class="asof">Offline: as of ${q(n.asOf)}</p>`}
    <p class="muted" data-testid="review-count">${X(n.convs.length)} of ${Z(n.total,`conversation`)} in the month.</p>
    <button type="button" class="secondary noprint" onClick=${()=>print()}>Print</button>
    <h2>By customer</h2>
    ${a.map(([e,t])=>k`<section class="review"><h3>${e} <span class="muted">(${t.length})</span></h3><ul class="said">${t.map(s)}</ul></section>`)}
    <h2>By segment</h2>
    ${o.map(([e,t])=>k`<section class="review"><h3>${e} <span class="muted">(${t.length})</span></h3>
      <p>${t.filter(e=>e.painPoints).length} with pain points; sentiment: ${[`VERY_POSITIVE`,`POSITIVE`,`NEUTRAL`,`NEGATIVE`,`VERY_NEGATIVE`].map(e=>`${J(e).toLowerCase()} ${t.filter(t=>t.sentiment===e).length}`).join(`, `)}</p></section>`)}
    <h2>Open follow-ups</h2>
    <${Da} p=${r} what="the open follow-ups" count=${(e,t)=>`${X(t)} open, ${X(e)} shown.`} />
    <ul class="list">
      ${r.items.map(e=>k`<li>${e.action} <span class="muted">· ${e.owner.name}${e.dueOn?` · due `+K(e.dueOn):``}${e.conversation?` · `+e.conversation.customers.edges?.map(e=>e?.node?.name).join(`, `):``}</span></li>`)}
    </ul>
    <${Oa} p=${r} label="Show more open follow-ups" />
  </${Q}>`}var Mc=z(`
  query Wins($after: String) {
    wins(first: 20, after: $after) {
      wins {
        kind at person { id name }
        followUp { id action } decision { id title customerBenefit clvImpact } nomination { id story }
        conversation { id customers(first: 3) { edges { node { id name } } } }
      }
      endCursor hasNextPage
    }
  }
`),Nc=(e,t,n,r)=>{let i=new URLSearchParams({nomineeID:e,story:`${t}${n?` (with ${n})`:``}: a win for our customers.`});return r&&i.set(`conversationID`,r),`#/champions/nominate?`+i.toString()},Pc={FOLLOW_UP:`Quick win`,DECISION:`Decision`,CHAMPION:`New champion`};function Fc(){let[e,t]=D([]);return k`<${Q} section="more">
    <h1>Wins</h1>
    <p class="muted">Quick wins, decisions with a customer-lifetime-value impact, and new champions: newest first.</p>
    <${Ic} after=${null} more=${e=>t([e])} last=${e.length===0} />
    ${e.map((n,r)=>k`<${Ic} key=${n} after=${n} more=${n=>t([...e.slice(0,r+1),n])} last=${r===e.length-1} />`)}
  </${Q}>`}function Ic({after:e,more:t,last:n}){let r=ea(Mc,{after:e}),i=r.data?.wins;return k`<${ma} r=${r} what="the wins" />
    ${i&&i.wins.length===0&&e===null&&k`<p>No wins yet: mark a follow-up or a decision as a quick win, and it shows here when done.</p>`}
    ${i&&k`<ul class="list">${i.wins.map(e=>{let t=e.conversation?.customers.edges?.map(e=>e?.node?.name).filter(Boolean).join(`, `),n=e.followUp?.action??e.decision?.title??e.nomination?.story??``;return k`<li data-testid="win"><span class="badge">${Pc[e.kind]}</span> <strong>${n}</strong>
        <br /><span class="muted">${e.person.name} · ${K(e.at)}${t?` · with ${t}`:``}${e.decision?.clvImpact==null?``:` · CLV ${e.decision.clvImpact>0?`+`:``}${e.decision.clvImpact}`}</span>
        ${e.decision&&k`<p class="text">${e.decision.customerBenefit}</p>`}
        ${e.kind!==`CHAMPION`&&k`<a href=${Nc(e.person.id,n,t,e.conversation?.id)}>Nominate ${e.person.name}</a>`}</li>`})}</ul>
    ${n&&i.hasNextPage&&i.endCursor&&k`<button type="button" class="secondary" onClick=${()=>t(i.endCursor)}>Older wins</button>`}`}`}function Lc({me:e,org:t,signOut:n,renamed:r}){let[i,a]=$i(),o=e.role===`ADMIN`,[s,c]=i;switch(O(()=>(scrollTo(0,0),void Ci()),[s,c]),s){case`log`:return k`<${po} me=${e.id} planID=${a.get(`plan`)??void 0} key=${a.get(`plan`)??`log`} />`;case`plan`:return k`<${Wo} me=${e.id} />`;case`conversations`:return c&&i[2]===`edit`?k`<${Eo} id=${c} key=${c} />`:c?k`<${wo} id=${c} me=${e.id} admin=${o} />`:k`<${So} me=${e.id} admin=${o} saved=${a.has(`saved`)} />`;case`decisions`:return c===`new`?k`<${ps} me=${e.id} />`:c?k`<${ms} id=${c} key=${c} />`:k`<${ls} me=${e.id} admin=${o} />`;case`champions`:if(c===`nominate`){let t=Object.fromEntries([`nomineeID`,`story`,`conversationID`].flatMap(e=>a.get(e)?[[e,a.get(e)]]:[]));return k`<${Io} me=${e.id} prefill=${t} />`}return k`<${Po} me=${e.id} admin=${o} />`;case`commitments`:return k`<${rs} me=${e.id} />`;case`reviews`:return k`<${ws} me=${e.id} admin=${o} />`;case`team`:if(!o)break;return c===`review`?k`<${jc} p=${a.get(`p`)??da()} org=${t} />`:k`<${kc} />`;case`pending`:return c?k`<${bs} id=${c} me=${e.id} key=${c} />`:k`<${xs} />`;case`wins`:return k`<${Fc} />`;case`more`:return k`<${Ss} admin=${o} />`;case`settings`:return k`<${Cc} me=${e.id} admin=${o} email=${e.email} org=${t} signOut=${n} renamed=${r} />`}return k`<${Qo} month=${da()} admin=${o} me=${e.id} />`}function Rc(){let[e,t]=D(`loading`),[n,r]=D(null),i=location.pathname.match(/^\/invite\/(w[is]_[\w-]+)$/)?.[1];async function a(){let e=await un(qo,{p:da()}),n=e.data.viewer;r({me:n,org:e.data.organization.name}),t(`in`),Oi(()=>({me:n.id,admin:n.role===`ADMIN`,now:Date.now()}))}async function o(e){let n=await ci,r=(await n.list()).length;if(!r||confirm(`${Z(r,`change`)} ${r===1?`is`:`are`} not on the server yet and will be lost. Sign out anyway?`)){try{await Ct(e)}catch{alert(`Signing out needs a connection: try again when online.`);return}await dn(),await ki();for(let e of await n.list())await n.discard(e.id);location.hash=``,t(`out`)}}return O(()=>{bt().then(e=>e?a():t(`out`),()=>a().catch(()=>t(`offline`)))},[]),e===`loading`?k`<p class="muted">Loading Walker…</p>`:e===`offline`?k`<h1>Walker</h1><p>You are offline, and this device has nothing from Walker yet. Connect once to sign in.</p>`:e===`in`&&n?k`<${Lc} me=${n.me} org=${n.org} signOut=${o} renamed=${e=>r(t=>t&&{...t,org:e})} />`:i?k`<${Tn} token=${i} done=${a} />`:k`<${En} done=${a} />`}he(k`<${Rc} />`,document.getElementById(`app`)),`serviceWorker`in navigator&&navigator.serviceWorker.register(`/sw.js`).catch(()=>{});